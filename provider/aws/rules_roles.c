/*
 * rules_roles.c: the aws provider's checks across resources that join a
 * service to the IAM role the stack gives it (part of
 * provider_type.check_resources, run by `terrace validate` on what the
 * stack writes and by `terrace plan` again with the values known then):
 * - a role of the stack given to a service trusts that service: its
 *   assume_role_policy has an Allow statement for sts:AssumeRole whose
 *   Principal is the service (global, regional or .com.cn form), "*" or
 *   {"AWS": "*"} (IAM User Guide, "Creating a role to delegate permissions
 *   to an AWS service", docs.aws.amazon.com/IAM/latest/UserGuide/
 *   id_roles_create_for-service.html). An error where the service's create
 *   call refuses such a role (Lambda, Step Functions, Scheduler, an
 *   EventBridge rule's own role, Glue crawlers), a warning where it takes
 *   it and fails each time it uses it (EventBridge targets, Glue jobs,
 *   instance profiles, Redshift clusters) and for Firehose streams (below):
 *   see role_uses;
 * - a state machine whose Task starts a Glue job or invokes a Lambda
 *   function of the stack, while no policy the stack writes for its role
 *   allows that (glue:StartJobRun, lambda:InvokeFunction): a warning, since
 *   a policy may come from outside the stack;
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
 * - a Firehose delivery stream of the stack whose S3 destination's role may
 *   not write its bucket (s3:AbortMultipartUpload, s3:GetBucketLocation,
 *   s3:GetObject, s3:ListBucket, s3:ListBucketMultipartUploads,
 *   s3:PutObject), or whose Kinesis source's role may not read the stream
 *   (kinesis:DescribeStream, kinesis:GetShardIterator, kinesis:GetRecords,
 *   kinesis:ListShards): the Amazon Data Firehose Developer Guide,
 *   "Controlling access with Amazon Data Firehose", "Grant Firehose access
 *   to an Amazon S3 destination" and "Grant Firehose access to your Kinesis
 *   data stream" (docs.aws.amazon.com/firehose/latest/dev/
 *   controlling-access.html). A warning: Firehose takes the role, and each
 *   delivery (or read of the stream) fails;
 * - an ECS task definition whose container pulls its image from ECR, or
 *   logs with awslogs, while no policy the stack writes for its execution
 *   role allows what that takes (ecr:GetAuthorizationToken, BatchGetImage,
 *   GetDownloadUrlForLayer; logs:CreateLogStream, PutLogEvents; Amazon ECS
 *   Developer Guide, "Amazon ECS task execution IAM role"): granted by
 *   AmazonECSTaskExecutionRolePolicy and the broader managed policies. A
 *   warning: RegisterTaskDefinition takes the role and each task fails;
 * - an EventBridge rule's or a schedule's target that is a queue or a topic
 *   (aws_check_message_targets): a FIFO queue without a message group (an
 *   error for a rule, whose PutTargets refuses it; a warning for a
 *   schedule), a FIFO queue of the stack without content-based
 *   deduplication, a rule's queue or topic whose policy does not let
 *   events.amazonaws.com send (EventBridge delivers with it), a schedule's
 *   role that may not sqs:SendMessage or sns:Publish (Scheduler delivers
 *   with it): warnings where AWS takes the stack and each delivery fails;
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
 * A role is "of the stack" when the consumer names it by reference
 * (${NAME.arn}, ${NAME.name}, ${NAME.id}) to an aws.iam.role of one object
 * under the same provider configuration; a role given by ARN or name is
 * not looked at. Whatever is not known yet (${...} inside a statement, a
 * document given by a variable at validate) passes: a check never refuses
 * what AWS would accept.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/rules.h"
#include "provider/aws/rules_shared.h"

/* The resource "${NAME.ATTR}" names (ATTR one of attrs), when it is of
 * `type`, one object, under from's provider configuration; else
 * WRITTEN_NONE. */
size_t aws_written_named(const struct written_resource *rs, size_t n,
			 const struct written_resource *from, const char *value,
			 const char *type, const char *const *attrs)
{
	char name[256], attr[32], rest;
	size_t i, len = value ? strlen(value) : 0;
	bool attr_ok = false;

	if (len < 4 || strncmp(value, "${", 2) || value[len - 1] != '}' ||
	    sscanf(value, " ${ %255[A-Za-z0-9_-].%31[a-z_] } %c", name, attr, &rest) != 2)
		return WRITTEN_NONE;
	for (const char *const *a = attrs; *a && !attr_ok; a++)
		attr_ok = !strcmp(*a, attr);
	if (!attr_ok)
		return WRITTEN_NONE;
	for (i = 0; i < n; i++)
		if (!strcmp(rs[i].name, name))
			break;
	if (i == n || strcmp(rs[i].type, type) || rs[i].repeated ||
	    strcmp(rs[i].provider, from->provider))
		return WRITTEN_NONE;
	return i;
}

/* A document as written (an object, or JSON text, which may hold ${...}
 * inside its strings): a new reference, or NULL when it is not known yet
 * (all of it ${...}) or not a document (its own rule says so). */
static json_t *known_document(const json_t *v)
{
	const char *text = json_string_value(v);

	if (aws_known_object(v))
		return json_incref((json_t *)v);
	if (!text)
		return NULL;
	v = json_loads(text, JSON_DECODE_ANY, NULL);
	if (aws_known_object(v))
		return (json_t *)v;
	json_decref((json_t *)v);
	return NULL;
}

/* IAM's wildcard match, * and ?, case-insensitive (actions) or not. */
static bool wild_match(const char *pat, const char *s, bool nocase)
{
	for (; *pat; pat++, s++) {
		if (*pat == '*') {
			for (const char *t = s;; t++) {
				if (wild_match(pat + 1, t, nocase))
					return true;
				if (!*t)
					return false;
			}
		}
		if (!*s)
			return false;
		if (*pat != '?' && (nocase ? tolower((unsigned char)*pat) != tolower((unsigned char)*s)
					   : *pat != *s))
			return false;
	}
	return !*s;
}

/* Whether a string-or-list element of a statement holds a value for which
 * match(value, arg) is true. */
static bool any_of(const json_t *v, bool (*match)(const char *, const void *), const void *arg)
{
	size_t i;
	const json_t *e;

	if (json_is_string(v))
		return match(json_string_value(v), arg);
	json_array_foreach(v, i, e)
		if (json_is_string(e) && match(json_string_value(e), arg))
			return true;
	return false;
}

static bool action_matches(const char *pattern, const void *action)
{
	return wild_match(pattern, action, true);
}

/* A service principal of service `svc` ("lambda"): svc.amazonaws.com,
 * svc.REGION.amazonaws.com, either with .cn (AWS China); a pattern with
 * wildcards matched against the global form. */
static bool service_matches(const char *principal, const void *svc)
{
	const char *s = svc;
	size_t n = strlen(s);
	char global[96];
	const char *rest;

	snprintf(global, sizeof(global), "%s.amazonaws.com", s);
	if (strpbrk(principal, "*?"))
		return wild_match(principal, global, true);
	if (strncasecmp(principal, s, n) || principal[n] != '.')
		return false;
	rest = principal + n + 1;
	if (!strcasecmp(rest, "amazonaws.com") || !strcasecmp(rest, "amazonaws.com.cn"))
		return true;
	/* REGION.amazonaws.com[.cn]: a region of letters, digits and '-'. */
	n = strspn(rest, "abcdefghijklmnopqrstuvwxyz0123456789-");
	return n && rest[n] == '.' &&
	       (!strcasecmp(rest + n + 1, "amazonaws.com") ||
		!strcasecmp(rest + n + 1, "amazonaws.com.cn"));
}

/* An IAM principal's ARN (arn:PARTITION:iam::ACCOUNT:...), whose account
 * or name may hold ${...}: never a service, whatever it turns out to be. */
static bool iam_shaped(const char *v)
{
	return !strncmp(v, "arn:", 4) && strstr(v, ":iam::");
}

/* "*", or a value not known yet that may be any principal. */
static bool star_or_unknown(const char *v, const void *unused)
{
	(void)unused;
	return !strcmp(v, "*") || (strstr(v, "${") && !iam_shaped(v));
}

static bool service_or_unknown(const char *v, const void *svc)
{
	return strstr(v, "${") || service_matches(v, svc);
}

static bool lets_service(const json_t *principal, const void *svc)
{
	return (json_is_string(principal) && star_or_unknown(json_string_value(principal), NULL)) ||
	       any_of(json_object_get(principal, "AWS"), star_or_unknown, NULL) ||
	       any_of(json_object_get(principal, "Service"), service_or_unknown, svc);
}

bool aws_policy_lets_service(const json_t *doc, const char *svc, const char *wanted)
{
	return aws_policy_lets(doc, lets_service, svc, wanted);
}

/* Whether the statements of `doc` (a trust policy, a key policy) allow
 * `wanted` to a principal `who` accepts (given a statement's Principal). A
 * statement whose Effect, Action or whole Principal is not known yet counts
 * as allowing, and so does NotPrincipal; a Principal's values not known yet
 * are who's to judge (an IAM ARN of ${...} parts is still no service); a
 * Deny allows nothing; a Condition or Resource does not take it away (it
 * narrows who, not which principal). */
bool aws_policy_lets(const json_t *doc, bool (*who)(const json_t *principal, const void *arg),
		     const void *arg, const char *wanted)
{
	const json_t *sts = json_object_get(doc, "Statement"), *st;
	size_t i, n = json_is_array(sts) ? json_array_size(sts) : 1;

	if (!sts || aws_rule_unknown(sts))
		return true;
	for (i = 0; i < n; i++) {
		const json_t *principal, *action;

		st = json_is_array(sts) ? json_array_get(sts, i) : sts;
		if (!json_is_object(st) || aws_rule_contains_unknown(json_object_get(st, "Effect")) ||
		    aws_rule_contains_unknown(json_object_get(st, "Action")) ||
		    aws_rule_contains_unknown(json_object_get(st, "NotAction")) ||
		    aws_rule_unknown(json_object_get(st, "Principal")))
			return true;
		if (!json_is_string(json_object_get(st, "Effect")) ||
		    strcmp(json_string_value(json_object_get(st, "Effect")), "Allow"))
			continue;
		action = json_object_get(st, "Action");
		if (!json_object_get(st, "NotAction") &&
		    !any_of(action, action_matches, wanted))
			continue;
		if (json_object_get(st, "NotPrincipal"))
			return true;
		principal = json_object_get(st, "Principal");
		if (who(principal, arg))
			return true;
	}
	return false;
}

/* ---- a role given to a service trusts it ---- */

/* Where a type gives a role to a service: attribute `attr`, or its member
 * `member` (an object's, or each element's of a list), `service` the
 * principal's first label, `path` its name in the message. `refused`: the
 * service's create call refuses a role it cannot assume (an error);
 * otherwise it takes the role and fails when it uses it (a warning: AWS
 * accepts the stack). `then` says which. */
struct role_use {
	const char *type;
	const char *attr;
	const char *member;
	const char *path;
	const char *service;
	bool refused;
	const char *then;
};

static const struct role_use role_uses[] = {
	/* docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html;
	 * CreateFunction: InvalidParameterValueException "The role defined for
	 * the function cannot be assumed by Lambda". */
	{ "aws.lambda.function", "role", NULL, "role", "lambda", true,
	  "Lambda refuses to create a function whose role it cannot assume" },
	/* docs.aws.amazon.com/step-functions/latest/dg/procedure-create-iam-role.html;
	 * CreateStateMachine: AccessDeniedException "Neither the global service
	 * principal states.amazonaws.com, nor the regional one is authorized to
	 * assume the provided role". */
	{ "aws.sfn.state_machine", "role_arn", NULL, "role_arn", "states", true,
	  "Step Functions refuses to create a state machine whose role it cannot assume" },
	/* docs.aws.amazon.com/scheduler/latest/UserGuide/setting-up.html#setting-up-execution-role;
	 * CreateSchedule: ValidationException "The execution role you provide
	 * must allow AWS EventBridge Scheduler to assume the role". */
	{ "aws.scheduler.schedule", "target", "role_arn", "target.role_arn", "scheduler", true,
	  "EventBridge Scheduler refuses to create a schedule whose role it cannot assume" },
	/* docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-identity-based.html;
	 * PutRule: ValidationException "Provided role ... cannot be assumed by
	 * principal 'events.amazonaws.com'". A target's role is taken by
	 * PutTargets, and each invocation of that target fails. */
	{ "aws.events.rule", "role_arn", NULL, "role_arn", "events", true,
	  "EventBridge refuses a rule whose role it cannot assume" },
	{ "aws.events.rule", "targets", "role_arn", "targets", "events", false,
	  "EventBridge takes it, and every invocation of that target fails" },
	/* docs.aws.amazon.com/glue/latest/dg/crawler-prereqs.html; CreateCrawler:
	 * InvalidInputException "Service is unable to assume provided role.
	 * Please verify role's TrustPolicy". CreateJob takes the role, and
	 * each run of the job fails. */
	{ "aws.glue.job", "role", NULL, "role", "glue", false,
	  "Glue takes it, and every run of the job fails" },
	{ "aws.glue.crawler", "role", NULL, "role", "glue", true,
	  "Glue refuses to create a crawler whose role it cannot assume" },
	/* docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2.html:
	 * AddRoleToInstanceProfile takes any role; the instances get no
	 * credentials from it. */
	{ "aws.iam.instance_profile", "role", NULL, "role", "ec2", false,
	  "IAM takes it, and the profile's instances get no credentials from it" },
	/* docs.aws.amazon.com/redshift/latest/mgmt/authorizing-redshift-service.html:
	 * COPY, UNLOAD and Spectrum cannot use a role Redshift cannot assume. */
	{ "aws.redshift.cluster", "iam_roles", NULL, "iam_roles", "redshift", false,
	  "Redshift takes it, and COPY, UNLOAD and Spectrum cannot use it" },
	/* docs.aws.amazon.com/batch/latest/userguide/service_IAM_role.html: a
	 * compute environment's service role is assumed by batch.amazonaws.com;
	 * .../execution-IAM-role.html and .../job-iam-roles.html: a job's
	 * execution role and job role by ecs-tasks.amazonaws.com.
	 * CreateComputeEnvironment and RegisterJobDefinition take them; the
	 * environment goes INVALID, the jobs fail. */
	{ "aws.batch.compute_environment", "service_role", NULL, "service_role", "batch", false,
	  "Batch takes it, and the compute environment goes INVALID" },
	{ "aws.batch.job_definition", "container_properties", "executionRoleArn",
	  "container_properties.executionRoleArn", "ecs-tasks", false,
	  "Batch takes it, and its jobs cannot pull their image or write their logs" },
	{ "aws.batch.job_definition", "container_properties", "jobRoleArn",
	  "container_properties.jobRoleArn", "ecs-tasks", false,
	  "Batch takes it, and its jobs' containers get no credentials from it" },
	/* docs.aws.amazon.com/firehose/latest/dev/controlling-access.html: the
	 * role Firehose assumes to write the destination and read the source;
	 * CreateDeliveryStream and UpdateDestination assume it at once:
	 * InvalidArgumentException "Firehose is unable to assume role ARN.
	 * Please check the role provided." (terraform-provider-aws's
	 * delivery_stream.go retries it while a new role propagates; timing.c
	 * waits for it only for a role this client just made whose trust names
	 * firehose.amazonaws.com). A warning, not an error: the last release
	 * took such a stack (its deployments must plan and destroy as before),
	 * and a trust this check cannot read may still let Firehose in. */
	{ "aws.firehose.delivery_stream", "extended_s3_configuration", "role_arn",
	  "extended_s3_configuration.role_arn", "firehose", false,
	  "Firehose refuses to create a stream whose role it cannot assume" },
	{ "aws.firehose.delivery_stream", "kinesis_source_configuration", "role_arn",
	  "kinesis_source_configuration.role_arn", "firehose", false,
	  "Firehose refuses to create a stream whose role it cannot assume" },
	/* docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html,
	 * task-iam-roles.html: RegisterTaskDefinition takes any role; a task
	 * whose execution role ECS cannot assume does not start, and its
	 * containers get no credentials from a task role ECS cannot assume. */
	{ "aws.ecs.task_definition", "execution_role_arn", NULL, "execution_role_arn", "ecs-tasks",
	  false, "ECS takes it, and every task stops before its containers start" },
	{ "aws.ecs.task_definition", "task_role_arn", NULL, "task_role_arn", "ecs-tasks", false,
	  "ECS takes it, and the containers get no credentials from it" },
	{ NULL },
};

static const char *const role_attrs[] = { "arn", "name", "id", NULL };

/* Each role value the use `u` finds in a resource's config, through fn. */
static void each_role_value(const json_t *config, const struct role_use *u,
			    void (*fn)(const char *value, void *arg), void *arg)
{
	const json_t *v = json_object_get(config, u->attr), *e;
	size_t i;

	if (json_is_array(v)) {
		json_array_foreach(v, i, e) {
			const json_t *one = u->member ? json_object_get(e, u->member) : e;

			if (json_is_string(one))
				fn(json_string_value(one), arg);
		}
		return;
	}
	if (u->member)
		v = json_object_get(v, u->member);
	if (json_is_string(v))
		fn(json_string_value(v), arg);
}

struct role_check {
	const struct written_resource *rs;
	size_t n, at;
	const struct role_use *u;
	written_report_fn report;
	void *ctx;
};

static void check_role_value(const char *value, void *arg)
{
	struct role_check *c = arg;
	size_t role = aws_written_named(c->rs, c->n, &c->rs[c->at], value, "aws.iam.role",
					role_attrs);
	json_t *doc;
	char msg[768];

	if (role == WRITTEN_NONE)
		return;
	doc = known_document(json_object_get(c->rs[role].config, "assume_role_policy"));
	if (doc && !aws_policy_lets_service(doc, c->u->service, "sts:AssumeRole")) {
		snprintf(msg, sizeof(msg),
			 "%s: role \"%s\" does not trust %s.amazonaws.com: its assume_role_policy "
			 "has no Allow statement for sts:AssumeRole naming that service, and %s "
			 "(add {\"Effect\": \"Allow\", \"Principal\": {\"Service\": "
			 "\"%s.amazonaws.com\"}, \"Action\": \"sts:AssumeRole\"})",
			 c->u->path, c->rs[role].name, c->u->service, c->u->then, c->u->service);
		c->report(c->ctx, c->at, c->u->path, role, "assume_role_policy", msg,
			  !c->u->refused);
	}
	json_decref(doc);
}

static void check_trust(const struct written_resource *rs, size_t n,
			written_report_fn report, void *ctx)
{
	for (size_t i = 0; i < n; i++)
		for (const struct role_use *u = role_uses; u->type; u++) {
			struct role_check c = { rs, n, i, u, report, ctx };

			if (!strcmp(rs[i].type, u->type) && !rs[i].repeated)
				each_role_value(rs[i].config, u, check_role_value, &c);
		}
}

/* ---- a state machine's Task its role may start ---- */

/* What a Task starts: a Glue job or a Lambda function of the stack; or
 * (marker NULL) an action on any resource, granted also by the AWS managed
 * policies `granted_by` names. */
struct started {
	size_t at;           /* the resource */
	const char *action;  /* "glue:StartJobRun" */
	const char *marker;  /* where its name sits in an ARN: "job/", "function:" */
	const char *name;    /* its name when known, else NULL */
	const char *what;    /* "Glue job" */
	const char *const *granted_by; /* AWS managed policies that allow it, or NULL */
};

static const char *const job_attrs[] = { "name", "arn", "id", NULL };
static const char *const function_attrs[] = { "arn", "function_name", "id", "invoke_arn",
					      "qualified_arn", NULL };

/* The resource of `type` that `value` names: by reference, or by the name
 * it is given (attribute name_attr) when value is that name or an ARN
 * ending in marker+name. */
static size_t named_or_referenced(const struct written_resource *rs, size_t n,
				  const struct written_resource *from, const char *value,
				  const char *type, const char *const *attrs,
				  const char *name_attr, const char *marker)
{
	size_t at = aws_written_named(rs, n, from, value, type, attrs);
	const char *tail;

	if (at != WRITTEN_NONE || !value || strstr(value, "${"))
		return at;
	tail = strstr(value, marker);
	tail = tail ? tail + strlen(marker) : value;
	for (size_t i = 0; i < n; i++) {
		const char *name = aws_known_member(rs[i].config, name_attr);
		size_t len = name ? strlen(name) : 0;

		if (!strcmp(rs[i].type, type) && !rs[i].repeated && name &&
		    !strcmp(rs[i].provider, from->provider) && !strncmp(tail, name, len) &&
		    (!tail[len] || tail[len] == ':'))
			return i;
	}
	return WRITTEN_NONE;
}

/* What the Task state `st` starts, 1 with *out. */
static int task_starts(const struct written_resource *rs, size_t n,
		       const struct written_resource *sm, const json_t *st, struct started *out)
{
	const char *resource = json_string_value(json_object_get(st, "Resource"));
	const json_t *params = json_object_get(st, "Parameters");
	const char *type = aws_known_member(st, "Type");

	if (!resource || !type || strcmp(type, "Task"))
		return 0;
	if (strstr(resource, ":states:::glue:startJobRun")) {
		*out = (struct started){ WRITTEN_NONE, "glue:StartJobRun", "job/", NULL, "Glue job" };
		out->at = named_or_referenced(rs, n, sm,
					      json_string_value(json_object_get(params, "JobName")),
					      "aws.glue.job", job_attrs, "name", "job/");
		if (out->at != WRITTEN_NONE)
			out->name = aws_known_member(rs[out->at].config, "name");
	} else {
		const char *fn = strstr(resource, ":states:::lambda:invoke")
				 ? json_string_value(json_object_get(params, "FunctionName")) : resource;

		*out = (struct started){ WRITTEN_NONE, "lambda:InvokeFunction", "function:", NULL,
					 "Lambda function" };
		out->at = named_or_referenced(rs, n, sm, fn, "aws.lambda.function", function_attrs,
					      "function_name", "function:");
		if (out->at != WRITTEN_NONE)
			out->name = aws_known_member(rs[out->at].config, "function_name");
	}
	return out->at != WRITTEN_NONE;
}

/* A policy's Resource entry `pattern` may cover what s starts. */
static bool resource_matches(const char *pattern, const void *arg)
{
	const struct started *s = arg;
	const char *tail;
	char name[256];

	if (strstr(pattern, "${") || !strcmp(pattern, "*") || !s->marker)
		return true;
	tail = strstr(pattern, s->marker);
	if (!tail)
		return strchr(pattern, '*') != NULL;
	if (!s->name)
		return true;
	snprintf(name, sizeof(name), "%.*s", (int)strcspn(tail + strlen(s->marker), ":"),
		 tail + strlen(s->marker));
	return wild_match(name, s->name, false);
}

/* Whether a policy document allows what s starts (what is not known yet
 * allows it). */
static bool policy_allows(const json_t *doc, const struct started *s)
{
	const json_t *sts = json_object_get(doc, "Statement"), *st;
	size_t n = json_is_array(sts) ? json_array_size(sts) : 1;

	if (!doc || !sts || aws_rule_unknown(sts))
		return true;
	for (size_t i = 0; i < n; i++) {
		const char *effect;

		st = json_is_array(sts) ? json_array_get(sts, i) : sts;
		if (!json_is_object(st))
			return true;
		effect = aws_known_member(st, "Effect");
		if (effect && strcmp(effect, "Allow"))
			continue;
		if ((json_object_get(st, "NotAction") ||
		     aws_rule_contains_unknown(json_object_get(st, "Action")) ||
		     any_of(json_object_get(st, "Action"), action_matches, s->action)) &&
		    (json_object_get(st, "NotResource") ||
		     aws_rule_contains_unknown(json_object_get(st, "Resource")) ||
		     any_of(json_object_get(st, "Resource"), resource_matches, s)))
			return true;
	}
	return false;
}

/* An AWS managed policy ARN (arn:PARTITION:iam::aws:policy/[PATH/]NAME)
 * whose NAME is one of names. */
static bool aws_managed_named(const char *arn, const char *const *names)
{
	const char *p = arn && !strncmp(arn, "arn:", 4) ? strchr(arn + 4, ':') : NULL;
	const char *name;

	if (!p || strncmp(p, ":iam::aws:policy/", 17))
		return false;
	name = strrchr(p, '/') + 1;
	for (; names && *names; names++)
		if (!strcmp(name, *names))
			return true;
	return false;
}

/* Whether the policies the stack writes for `role` allow what s starts;
 * *outside gets a managed policy ARN of the role that is not in the stack. */
static bool role_allows(const struct written_resource *rs, size_t n, size_t role,
			const struct started *s, const char **outside)
{
	const json_t *inline_ = json_object_get(rs[role].config, "inline_policies");
	const json_t *managed = json_object_get(rs[role].config, "managed_policy_arns"), *v;
	static const char *const policy_attrs[] = { "arn", "id", NULL };
	const char *key;
	size_t i;

	if (aws_rule_unknown(inline_) || aws_rule_unknown(managed))
		return true;
	json_object_foreach((json_t *)inline_, key, v) {
		json_t *doc = known_document(v);
		bool ok = !doc || policy_allows(doc, s);

		json_decref(doc);
		if (ok)
			return true;
	}
	json_array_foreach(managed, i, v) {
		size_t p = aws_written_named(rs, n, &rs[role], json_string_value(v), "aws.iam.policy",
					     policy_attrs);
		json_t *doc;
		bool ok;

		if (p == WRITTEN_NONE) {
			if (aws_rule_unknown(v) || aws_managed_named(json_string_value(v), s->granted_by))
				return true;
			*outside = json_string_value(v);
			continue;
		}
		doc = known_document(json_object_get(rs[p].config, "policy"));
		ok = !doc || policy_allows(doc, s);
		json_decref(doc);
		if (ok)
			return true;
	}
	return false;
}

bool aws_role_allows_action(const struct written_resource *rs, size_t n, size_t role,
			    const char *action, const char *const *granted_by, const char **outside)
{
	struct started s = { WRITTEN_NONE, action, NULL, NULL, "", granted_by };

	return role_allows(rs, n, role, &s, outside);
}

/* ---- what a role's policies name: the resources it reads or writes ---- */

struct named_target {
	const char *name;     /* the resource's name in the stack */
	const char *in_arn;   /* marker+name as in its ARNs (":::raw-data"), or NULL */
};

/* A Resource entry that names the target: "*" (every resource, this one
 * too), a reference to it (${NAME.ATTR}, inside a longer string too,
 * "${raw.arn}/..."), or an ARN holding in_arn followed by its end, '/',
 * '*', or a secret's suffix (-XXXXXX, -??????, -*). */
bool aws_text_refers_to(const char *text, const char *name)
{
	size_t len = strlen(name);

	for (const char *p = text ? strstr(text, "${") : NULL; p; p = strstr(p + 2, "${")) {
		const char *q = p + 2 + strspn(p + 2, " ");

		if (!strncmp(q, name, len) && q[len] == '.')
			return true;
	}
	return false;
}

static bool names_target(const char *pattern, const void *arg)
{
	const struct named_target *t = arg;

	if (!strcmp(pattern, "*") || aws_text_refers_to(pattern, t->name))
		return true;
	for (const char *hit = t->in_arn ? strstr(pattern, t->in_arn) : NULL; hit;
	     hit = strstr(hit + 1, t->in_arn)) {
		const char *after = hit + strlen(t->in_arn);

		if (!*after || *after == '/' || *after == '*' ||
		    (*after == '-' && (!strcmp(after + 1, "*") || !strcmp(after + 1, "??????") ||
				       (strlen(after + 1) == 6 &&
					strspn(after + 1, "abcdefghijklmnopqrstuvwxyz"
						   "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") == 6))))
			return true;
	}
	return false;
}

/* Whether document doc has an Allow statement of `action` (wildcards as
 * IAM) whose Resource names the target. Only what is written counts. */
static bool document_acts_on(const json_t *doc, const char *action, const struct named_target *t)
{
	const json_t *sts = json_object_get(doc, "Statement"), *st;
	size_t n = json_is_array(sts) ? json_array_size(sts) : 1;

	for (size_t i = 0; sts && i < n; i++) {
		const char *effect;

		st = json_is_array(sts) ? json_array_get(sts, i) : sts;
		effect = aws_known_member(st, "Effect");
		if (!effect || strcmp(effect, "Allow"))
			continue;
		if (any_of(json_object_get(st, "Action"), action_matches, action) &&
		    any_of(json_object_get(st, "Resource"), names_target, t))
			return true;
	}
	return false;
}

bool aws_role_acts_on(const struct written_resource *rs, size_t n, size_t role,
		      const char *action, size_t at, const char *in_arn)
{
	const json_t *inline_ = json_object_get(rs[role].config, "inline_policies");
	const json_t *managed = json_object_get(rs[role].config, "managed_policy_arns"), *v;
	static const char *const policy_attrs[] = { "arn", "id", NULL };
	struct named_target t = { rs[at].name, in_arn };
	const char *key;
	size_t i;
	bool found = false;

	if (aws_known_object(inline_))
		json_object_foreach((json_t *)inline_, key, v) {
			json_t *doc = known_document(v);

			found = found || (doc && document_acts_on(doc, action, &t));
			json_decref(doc);
		}
	json_array_foreach(managed, i, v) {
		size_t p = aws_written_named(rs, n, &rs[role], json_string_value(v), "aws.iam.policy",
					     policy_attrs);
		json_t *doc = p == WRITTEN_NONE ? NULL
				: known_document(json_object_get(rs[p].config, "policy"));

		found = found || (doc && document_acts_on(doc, action, &t));
		json_decref(doc);
	}
	return found;
}

bool aws_policy_any_of(const json_t *v, bool (*match)(const char *, const void *), const void *arg)
{
	return any_of(v, match, arg);
}

/*
 * The one reporter of a role that lacks actions: which of `actions` no
 * policy the stack writes for `role` allows (each granted whole by one of
 * the AWS managed policies `managed`; `why` for messages), listed "a, b and
 * c" into list, and into also " (unless ARN, not in the stack, does)" when
 * the role has a managed policy from outside the stack. Returns how many
 * are missing (0: nothing to report); *first the first of them.
 */
static size_t role_lacks(const struct written_resource *rs, size_t n, size_t role,
			 const char *const *actions, const char *const *managed, const char *why,
			 char *list, size_t list_size, char *also, size_t also_size,
			 const char **first)
{
	const char *missing[16], *outside = NULL;
	size_t m = 0;

	list[0] = also[0] = 0;
	for (const char *const *a = actions; *a && m < 16; a++) {
		struct started s = { WRITTEN_NONE, *a, NULL, NULL, why, managed };

		if (!role_allows(rs, n, role, &s, &outside))
			missing[m++] = *a;
	}
	*first = m ? missing[0] : NULL;
	for (size_t k = 0; k < m; k++)
		snprintf(list + strlen(list), list_size - strlen(list), "%s%s",
			 k ? (k + 1 == m ? " and " : ", ") : "", missing[k]);
	if (m && outside)
		snprintf(also, also_size, " (unless %s, not in the stack, does)", outside);
	return m;
}

struct task_check {
	const struct written_resource *rs;
	size_t n, sm, role;
	written_report_fn report;
	void *ctx;
};

static void check_states(struct task_check *c, const json_t *states);

static void check_state(struct task_check *c, const char *name, const json_t *st)
{
	const json_t *branches = json_object_get(st, "Branches"), *b;
	struct started s;
	const char *outside = NULL;
	char msg[1024], also[400] = "";
	size_t i;

	json_array_foreach(branches, i, b)
		check_states(c, json_object_get(b, "States"));
	check_states(c, json_object_get(json_object_get(st, "Iterator"), "States"));
	check_states(c, json_object_get(json_object_get(st, "ItemProcessor"), "States"));
	if (!task_starts(c->rs, c->n, &c->rs[c->sm], st, &s) ||
	    role_allows(c->rs, c->n, c->role, &s, &outside))
		return;
	if (outside)
		snprintf(also, sizeof(also), " (unless %s, not in the stack, does)", outside);
	snprintf(msg, sizeof(msg),
		 "definition: state \"%s\" starts %s \"%s\", but no policy the stack writes for "
		 "role \"%s\" allows %s on it%s: the execution would fail with AccessDenied "
		 "(e.g. an inline policy {\"Effect\": \"Allow\", \"Action\": \"%s\", "
		 "\"Resource\": \"${%s.arn}\"})",
		 name, s.what, c->rs[s.at].name, c->rs[c->role].name, s.action, also, s.action,
		 c->rs[s.at].name);
	c->report(c->ctx, c->sm, "definition", c->role, "inline_policies", msg, true);
}

static void check_states(struct task_check *c, const json_t *states)
{
	const char *name;
	const json_t *st;

	if (!aws_known_object(states))
		return;
	json_object_foreach((json_t *)states, name, st)
		if (json_is_object(st))
			check_state(c, name, st);
}

static void check_tasks(const struct written_resource *rs, size_t n,
			written_report_fn report, void *ctx)
{
	for (size_t i = 0; i < n; i++) {
		struct task_check c = { rs, n, i, WRITTEN_NONE, report, ctx };
		json_t *def;

		if (strcmp(rs[i].type, "aws.sfn.state_machine") || rs[i].repeated)
			continue;
		c.role = aws_written_named(rs, n, &rs[i],
					   json_string_value(json_object_get(rs[i].config, "role_arn")),
					   "aws.iam.role", role_attrs);
		if (c.role == WRITTEN_NONE)
			continue;
		def = known_document(json_object_get(rs[i].config, "definition"));
		if (def)
			check_states(&c, json_object_get(def, "States"));
		json_decref(def);
	}
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

	return aws_known_object(vpc) &&
	       json_array_size(json_object_get(vpc, "subnet_ids")) > 0;
}

static void check_function_vpcs(const struct written_resource *rs, size_t n,
				written_report_fn report, void *ctx)
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
		report(ctx, i, "vpc_config", role, "managed_policy_arns", msg, true);
	}
}

/* ---- a task definition's execution role: pulls from ECR, writes to awslogs ---- */

/* Amazon ECS Developer Guide, "Amazon ECS task execution IAM role": a task
 * whose image is in a private ECR repository needs these of its execution
 * role, and one whose container logs with awslogs the other two; the AWS
 * managed policy AmazonECSTaskExecutionRolePolicy grants all five. */
static const char *const pull_actions[] = {
	"ecr:GetAuthorizationToken", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer", NULL,
};
static const char *const pull_managed[] = {
	"AmazonECSTaskExecutionRolePolicy", "AmazonEC2ContainerRegistryReadOnly",
	"AmazonEC2ContainerRegistryPullOnly", "AmazonEC2ContainerRegistryPowerUser",
	"AmazonEC2ContainerRegistryFullAccess", "AdministratorAccess", "PowerUserAccess", NULL,
};
static const char *const log_actions[] = { "logs:CreateLogStream", "logs:PutLogEvents", NULL };
static const char *const log_managed[] = {
	"AmazonECSTaskExecutionRolePolicy", "CloudWatchLogsFullAccess", "AdministratorAccess",
	"PowerUserAccess", NULL,
};

/* The containers as written (a list, or JSON text of one): a new
 * reference, or NULL when not known yet. */
static json_t *known_containers(const json_t *v)
{
	json_t *list = json_is_string(v) ? json_loads(json_string_value(v), 0, NULL)
					  : json_incref((json_t *)v);

	if (json_is_array(list) && !aws_rule_unknown(list))
		return list;
	json_decref(list);
	return NULL;
}

/* The first container (its name) whose image is in ECR (a
 * ACCOUNT.dkr.ecr.REGION host, or a repository's ${NAME.repository_url}),
 * or that logs with awslogs (`logs` true): NULL when none does. */
static const char *container_using(const json_t *containers, bool logs)
{
	const json_t *c;
	size_t i;

	json_array_foreach(containers, i, c) {
		const char *image = aws_known_member(c, "image");
		const char *driver = aws_known_member(json_object_get(c, "logConfiguration"),
						       "logDriver");
		const char *raw = json_string_value(json_object_get(c, "image"));

		if (logs ? driver && !strcmp(driver, "awslogs")
			 : (image && strstr(image, ".dkr.ecr.")) ||
			   (raw && (strstr(raw, ".dkr.ecr.") || strstr(raw, ".repository_url}"))))
			return aws_known_member(c, "name") ? aws_known_member(c, "name") : "";
	}
	return NULL;
}

/* Warn when role `role` (task definition i's execution role) allows none of
 * some of `actions`, which a container of it needs for `why`. */
static void check_execution_needs(const struct written_resource *rs, size_t n, size_t i,
				  size_t role, const char *container, const char *why,
				  const char *const *actions, const char *const *managed,
				  const char *fails, written_report_fn report, void *ctx)
{
	char msg[1024], also[400], list[300];
	const char *first;

	if (!role_lacks(rs, n, role, actions, managed, why, list, sizeof(list), also,
			sizeof(also), &first))
		return;
	snprintf(msg, sizeof(msg),
		 "execution_role_arn: container \"%s\" %s, but no policy the stack writes for "
		 "role \"%s\" allows %s%s: %s (attach arn:aws:iam::aws:policy/service-role/"
		 "AmazonECSTaskExecutionRolePolicy in managed_policy_arns)",
		 container, why, rs[role].name, list, also, fails);
	report(ctx, i, "execution_role_arn", role, "managed_policy_arns", msg, true);
}

static void check_task_executions(const struct written_resource *rs, size_t n,
				  written_report_fn report, void *ctx)
{
	for (size_t i = 0; i < n; i++) {
		const char *pulls, *logs;
		json_t *containers;
		size_t role;

		if (strcmp(rs[i].type, "aws.ecs.task_definition") || rs[i].repeated)
			continue;
		role = aws_written_named(rs, n, &rs[i],
					 json_string_value(json_object_get(rs[i].config,
									   "execution_role_arn")),
					 "aws.iam.role", role_attrs);
		containers = known_containers(json_object_get(rs[i].config,
							      "container_definitions"));
		if (role == WRITTEN_NONE || !containers) {
			json_decref(containers);
			continue;
		}
		pulls = container_using(containers, false);
		logs = container_using(containers, true);
		if (pulls)
			check_execution_needs(rs, n, i, role, pulls, "pulls its image from ECR",
					      pull_actions, pull_managed,
					      "its tasks stop with CannotPullContainerError",
					      report, ctx);
		if (logs)
			check_execution_needs(rs, n, i, role, logs, "logs with awslogs", log_actions,
					      log_managed, "its tasks stop before the container "
					      "starts, unable to write its log stream", report, ctx);
		json_decref(containers);
	}
}

/* ---- a Firehose stream's roles: write the bucket, read the stream ---- */

/* What a role given to Firehose must be allowed, where (the object holding
 * role_arn), what on ("the bucket ..."), and the AWS managed policies that
 * allow all of it. */
struct delivery_access {
	const char *attr;               /* "extended_s3_configuration" */
	const char *target;             /* the member naming what it touches */
	const char *what;               /* "write its bucket" */
	const char *fails;              /* what then fails */
	const char *const *actions;
	const char *const *managed;
};

static const char *const s3_write_actions[] = {
	"s3:AbortMultipartUpload", "s3:GetBucketLocation", "s3:GetObject", "s3:ListBucket",
	"s3:ListBucketMultipartUploads", "s3:PutObject", NULL,
};
static const char *const s3_write_managed[] = {
	"AmazonS3FullAccess", "AdministratorAccess", "PowerUserAccess", NULL,
};
static const char *const kinesis_read_actions[] = {
	"kinesis:DescribeStream", "kinesis:GetShardIterator", "kinesis:GetRecords",
	"kinesis:ListShards", NULL,
};
static const char *const kinesis_read_managed[] = {
	"AmazonKinesisReadOnlyAccess", "AmazonKinesisFullAccess", "AdministratorAccess",
	"PowerUserAccess", NULL,
};
static const struct delivery_access delivery_accesses[] = {
	{ "extended_s3_configuration", "bucket_arn", "write its bucket",
	  "every delivery to the bucket fails", s3_write_actions, s3_write_managed },
	{ "kinesis_source_configuration", "kinesis_stream_arn", "read its Kinesis stream",
	  "no record of the stream is delivered", kinesis_read_actions, kinesis_read_managed },
};

static void check_delivery_access(const struct written_resource *rs, size_t n, size_t i,
				  const struct delivery_access *a, written_report_fn report,
				  void *ctx)
{
	const json_t *block = json_object_get(rs[i].config, a->attr);
	const char *target, *first;
	char msg[1024], also[400], list[300], path[96];
	size_t role;

	if (!aws_known_object(block))
		return;
	role = aws_written_named(rs, n, &rs[i], json_string_value(json_object_get(block, "role_arn")),
				 "aws.iam.role", role_attrs);
	if (role == WRITTEN_NONE ||
	    !role_lacks(rs, n, role, a->actions, a->managed, a->what, list, sizeof(list), also,
			sizeof(also), &first))
		return;
	target = aws_known_member(block, a->target);
	snprintf(path, sizeof(path), "%s.role_arn", a->attr);
	snprintf(msg, sizeof(msg),
		 "%s: Firehose assumes role \"%s\" to %s%s%s, but no policy the stack writes "
		 "for it allows %s%s: Firehose takes the role, and %s (e.g. an inline "
		 "policy {\"Effect\": \"Allow\", \"Action\": [\"%s\", ...], "
		 "\"Resource\": ...})",
		 path, rs[role].name, a->what, target ? ", " : "", target ? target : "", list,
		 also, a->fails, first);
	report(ctx, i, path, role, "inline_policies", msg, true);
}

static void check_deliveries(const struct written_resource *rs, size_t n,
			     written_report_fn report, void *ctx)
{
	for (size_t i = 0; i < n; i++) {
		if (strcmp(rs[i].type, "aws.firehose.delivery_stream") || rs[i].repeated)
			continue;
		for (size_t k = 0; k < sizeof(delivery_accesses) / sizeof(delivery_accesses[0]); k++)
			check_delivery_access(rs, n, i, &delivery_accesses[k], report, ctx);
	}
}

/* ---- an EventBridge rule's or a schedule's queue or topic target ---- */

static const char *const queue_attrs[] = { "arn", NULL };
static const char *const topic_attrs[] = { "arn", "id", NULL };

/* The queue or topic (of the stack, or by its ARN as written) a target's
 * arn names: *at the resource or WRITTEN_NONE, *fifo 1 (a FIFO queue), 0,
 * or -1 (not known); returns "queue", "topic" or NULL. */
static const char *message_target(const struct written_resource *rs, size_t n,
				  const struct written_resource *from, const char *arn,
				  size_t *at, int *fifo)
{
	const char *name;

	*fifo = -1;
	*at = aws_written_named(rs, n, from, arn, "aws.sqs.queue", queue_attrs);
	if (*at != WRITTEN_NONE) {
		const json_t *flag = json_object_get(rs[*at].config, "fifo_queue");

		name = aws_known_member(rs[*at].config, "name");
		*fifo = json_is_true(flag) || (name && has_suffix(name, ".fifo")) ? 1
			: aws_rule_unknown(flag) ? -1 : 0;
		return "queue";
	}
	*at = aws_written_named(rs, n, from, arn, "aws.sns.topic", topic_attrs);
	if (*at != WRITTEN_NONE)
		return "topic";
	if (arn && !strstr(arn, "${") && !strncmp(arn, "arn:", 4) && strstr(arn, ":sqs:")) {
		*fifo = has_suffix(arn, ".fifo");
		return "queue";
	}
	return NULL;
}

/* One target (attribute `path` of resource i, its arn and sqs_parameters in
 * t): a FIFO queue needs a message group (EventBridge's PutTargets refuses
 * it without: an error; Scheduler sends and SQS refuses each message: a
 * warning) and content-based deduplication (the models' SqsParameters: "the
 * queue must have content-based deduplication enabled": a warning); a rule
 * delivers with the queue's or topic's policy, which must allow
 * events.amazonaws.com (a warning: each delivery fails otherwise); a
 * schedule with its role, which must allow sqs:SendMessage or sns:Publish
 * (a warning). */
static void check_message_target(const struct written_resource *rs, size_t n, size_t i,
				 const char *path, const json_t *t, bool schedule,
				 written_report_fn report, void *ctx)
{
	const char *arn = json_string_value(json_object_get(t, "arn")), *kind, *outside = NULL;
	const json_t *sqs = json_object_get(t, "sqs_parameters");
	size_t at;
	int fifo;
	char msg[1024], also[400] = "";

	if (!arn || !(kind = message_target(rs, n, &rs[i], arn, &at, &fifo)))
		return;
	if (fifo == 1 && !value_is_set(json_object_get(sqs, "message_group_id")) &&
	    !aws_rule_unknown(sqs)) {
		snprintf(msg, sizeof(msg),
			 "%s: the target is FIFO queue %s, which takes messages of a group only: "
			 "set sqs_parameters: {message_group_id: ...}%s", path,
			 at != WRITTEN_NONE ? rs[at].name : arn,
			 schedule ? " (Scheduler sends without one and SQS refuses each message)"
				  : " (EventBridge's PutTargets refuses the target: \"Parameter(s) "
				    "SqsParameters must be specified for target\")");
		report(ctx, i, path, at, at != WRITTEN_NONE ? "name" : NULL, msg, schedule);
	}
	if (at == WRITTEN_NONE || rs[at].repeated)
		return;
	if (fifo == 1 && !json_is_true(json_object_get(rs[at].config,
						       "content_based_deduplication")) &&
	    !aws_rule_unknown(json_object_get(rs[at].config, "content_based_deduplication"))) {
		snprintf(msg, sizeof(msg),
			 "%s: FIFO queue %s has no content_based_deduplication: %s sends no "
			 "deduplication id, so SQS refuses its messages (set "
			 "content_based_deduplication: true)", path, rs[at].name,
			 schedule ? "Scheduler" : "EventBridge");
		report(ctx, i, path, at, "content_based_deduplication", msg, true);
	}
	if (!schedule) {
		json_t *doc = known_document(json_object_get(rs[at].config, "policy"));
		const char *action = !strcmp(kind, "queue") ? "sqs:SendMessage" : "sns:Publish";
		bool ok = value_is_set(json_object_get(rs[at].config, "policy")) &&
			  (!doc || aws_policy_lets_service(doc, "events", action));

		json_decref(doc);
		if (ok)
			return;
		snprintf(msg, sizeof(msg),
			 "%s: %s %s of the stack does not let EventBridge deliver: its policy "
			 "must allow events.amazonaws.com %s (aws:SourceArn the rule's ARN), "
			 "or each delivery fails (the rule's FailedInvocations)", path, kind,
			 rs[at].name, action);
		report(ctx, i, path, at, "policy", msg, true);
		return;
	}
	{
		size_t role = aws_written_named(rs, n, &rs[i],
						json_string_value(json_object_get(t, "role_arn")),
						"aws.iam.role", role_attrs);
		static const char *const sqs_managed[] = { "AmazonSQSFullAccess",
							   "AdministratorAccess",
							   "PowerUserAccess", NULL };
		static const char *const sns_managed[] = { "AmazonSNSFullAccess",
							   "AdministratorAccess",
							   "PowerUserAccess", NULL };
		bool queue = !strcmp(kind, "queue");
		/* marker NULL: checked by the action, on any resource */
		struct started s = { at, queue ? "sqs:SendMessage" : "sns:Publish", NULL, NULL, kind,
				     queue ? sqs_managed : sns_managed };

		if (role == WRITTEN_NONE)
			return;
		if (role_allows(rs, n, role, &s, &outside))
			return;
		if (outside)
			snprintf(also, sizeof(also), " (unless %s, not in the stack, does)", outside);
		snprintf(msg, sizeof(msg),
			 "%s: no policy the stack writes for role \"%s\" allows %s on %s %s%s: "
			 "Scheduler invokes the target with the role, and each invocation would "
			 "fail with AccessDenied (e.g. an inline policy {\"Effect\": \"Allow\", "
			 "\"Action\": \"%s\", \"Resource\": \"${%s.arn}\"})", path,
			 rs[role].name, s.action, kind, rs[at].name, also, s.action, rs[at].name);
		report(ctx, i, path, role, "inline_policies", msg, true);
	}
}

void aws_check_message_targets(const struct written_resource *rs, size_t n,
			       written_report_fn report, void *ctx)
{
	for (size_t i = 0; i < n; i++) {
		const json_t *t;
		size_t k;

		if (rs[i].repeated)
			continue;
		if (!strcmp(rs[i].type, "aws.events.rule"))
			json_array_foreach(json_object_get(rs[i].config, "targets"), k, t)
				check_message_target(rs, n, i, "targets", t, false, report, ctx);
		else if (!strcmp(rs[i].type, "aws.scheduler.schedule") &&
			 aws_known_object(json_object_get(rs[i].config, "target")))
			check_message_target(rs, n, i, "target",
					     json_object_get(rs[i].config, "target"), true, report,
					     ctx);
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
			  written_report_fn report, void *ctx)
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
		report(ctx, i, "event_source_arn", role, "inline_policies", msg, false);
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
		report(ctx, i, "event_source_arn", role, "inline_policies", msg, true);
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
			report(ctx, i, "event_source_arn", at, "visibility_timeout_seconds", msg, false);
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
		report(ctx, i, "event_source_arn", role, "inline_policies", msg, true);
	}
}

static void check_mappings(const struct written_resource *rs, size_t n,
			   written_report_fn report, void *ctx)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(rs[i].type, "aws.lambda.event_source_mapping") && !rs[i].repeated)
			check_mapping(rs, n, i, report, ctx);
}

void aws_check_roles(const struct written_resource *rs, size_t n,
		     written_report_fn report, void *ctx)
{
	check_trust(rs, n, report, ctx);
	check_tasks(rs, n, report, ctx);
	check_function_vpcs(rs, n, report, ctx);
	check_deliveries(rs, n, report, ctx);
	check_task_executions(rs, n, report, ctx);
	check_mappings(rs, n, report, ctx);
}
