/*
 * test_paging.c: the paging engine (provider/aws/transport/paging.h) and
 * its rows. Without a server: the rows botocore's data gives, the table's
 * order, the operations that do not page. Against moto: json (Glue's
 * GetJobs), query (IAM's ListRoles), EC2 (DescribeInstances) and rest-json
 * (Scheduler's ListScheduleGroups) paged page after page, max_pages, a stop
 * from each(), an answer that what is listed in is gone. The type files'
 * own paged calls: their rows, and paged against moto where moto pages.
 * S3's rest-xml listings: the engine's stop rules and tokens over canned
 * pages, and its listings against moto.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/listing.h"
#include "provider/aws/transport/transport.h"
#include "provider/provider.h"
#include "tests/unit/moto_support.h"

static int setup(void **state)
{
	return moto_fixture_setup(state, "/tmp/terrace-test-paging-moto.log",
				  sizeof(struct moto_fixture));
}

/* ---- the rows ---- */

static void test_rows(void **state)
{
	const struct aws_paginator *pg;

	(void)state;
	/* json: the token in and out by the same name */
	pg = aws_paginator_of("glue", "GetJobs");
	assert_non_null(pg);
	assert_string_equal(pg->input_token[0], "NextToken");
	assert_string_equal(pg->output_token[0], "NextToken");
	assert_null(pg->more_results);
	assert_string_equal(pg->result, "Jobs");
	/* rest-json: Marker in the query string, NextMarker out */
	pg = aws_paginator_of("lambda", "ListFunctions");
	assert_non_null(pg);
	assert_true(pg->input_in_query);
	assert_string_equal(pg->input_token[0], "Marker");
	assert_string_equal(pg->output_token[0], "NextMarker");
	/* rest-json with the token in the body (Batch's POSTs) */
	pg = aws_paginator_of("batch", "DescribeJobQueues");
	assert_non_null(pg);
	assert_false(pg->input_in_query);
	/* query: IsTruncated, the list's members named */
	pg = aws_paginator_of("iam", "ListRoles");
	assert_non_null(pg);
	assert_string_equal(pg->more_results, "IsTruncated");
	assert_string_equal(pg->result, "Roles/member");
	/* a member whose list element has a name of its own (RDS) */
	pg = aws_paginator_of("rds", "DescribeDBInstances");
	assert_non_null(pg);
	assert_string_equal(pg->result, "DBInstances/DBInstance");
	/* EC2: the wire's lowerCamel names, items */
	pg = aws_paginator_of("ec2", "DescribeSubnets");
	assert_non_null(pg);
	assert_string_equal(pg->output_token[0], "nextToken");
	assert_string_equal(pg->result, "subnetSet/item");
	/* keyed by the signing name (Step Functions is "states") */
	assert_non_null(aws_paginator_of("states", "ListStateMachines"));
	assert_null(aws_paginator_of("stepfunctions", "ListStateMachines"));
	/* two tokens (S3's ListMultipartUploads) */
	pg = aws_paginator_of("s3", "ListMultipartUploads");
	assert_non_null(pg);
	assert_string_equal(pg->input_token[1], "upload-id-marker");
	assert_string_equal(pg->output_token[1], "NextUploadIdMarker");
	/* paged by its model, left out of paginators-1.json: inferred */
	pg = aws_paginator_of("events", "ListEventBuses");
	assert_non_null(pg);
	assert_string_equal(pg->result, "EventBuses");
	/* a token botocore computes: a row without tokens */
	pg = aws_paginator_of("kinesis", "DescribeStream");
	assert_non_null(pg);
	assert_null(pg->output_token[0]);
	/* an operation that does not page has no row */
	assert_null(aws_paginator_of("glue", "GetJob"));
	assert_null(aws_paginator_of("ec2", "DescribeKeyPairs"));
	/* sorted, as bsearch needs, and each row once */
	for (size_t i = 1; i < aws_paginators_count; i++) {
		int d = strcmp(aws_paginators[i - 1].service, aws_paginators[i].service);

		if (d > 0 || (!d && strcmp(aws_paginators[i - 1].operation,
					   aws_paginators[i].operation) >= 0))
			fail_msg("row %zu (%s %s) out of order", i, aws_paginators[i].service,
				 aws_paginators[i].operation);
	}
}

/* The rows the type files' own loops were turned into calls of (issue 59
 * point 3): each as the loop sent its token back. */
static void test_type_rows(void **state)
{
	const struct aws_paginator *pg;

	(void)state;
	/* logs/log_group.c find_group, logs/reader.c read_group */
	pg = aws_paginator_of("logs", "DescribeLogGroups");
	assert_non_null(pg);
	assert_string_equal(pg->input_token[0], "nextToken");
	assert_string_equal(pg->output_token[0], "nextToken");
	assert_string_equal(pg->result, "logGroups");
	pg = aws_paginator_of("logs", "FilterLogEvents");
	assert_non_null(pg);
	assert_string_equal(pg->output_token[0], "nextToken");
	assert_string_equal(pg->result, "events");
	/* GetLogEvents reads on by nextForwardToken: no row, reader.c keeps its loop */
	assert_null(aws_paginator_of("logs", "GetLogEvents"));
	/* sfn/state_machine.c find_machine, sfn/run.c read_history */
	pg = aws_paginator_of("states", "GetExecutionHistory");
	assert_non_null(pg);
	assert_false(pg->input_in_query);
	assert_string_equal(pg->input_token[0], "nextToken");
	assert_string_equal(pg->result, "events");
	/* sqs/queue.c queue_list */
	pg = aws_paginator_of("sqs", "ListQueues");
	assert_non_null(pg);
	assert_string_equal(pg->input_token[0], "NextToken");
	assert_string_equal(pg->result, "QueueUrls");
	/* sns/topic.c and sns/subscription.c (aws_query_list) */
	pg = aws_paginator_of("sns", "ListSubscriptionsByTopic");
	assert_non_null(pg);
	assert_string_equal(pg->input_token[0], "NextToken");
	assert_string_equal(pg->output_token[0], "NextToken");
	/* lambda/layer_version.c: Marker in the query string, NextMarker out */
	pg = aws_paginator_of("lambda", "ListLayerVersions");
	assert_non_null(pg);
	assert_true(pg->input_in_query);
	assert_string_equal(pg->input_token[0], "Marker");
	assert_string_equal(pg->output_token[0], "NextMarker");
	assert_string_equal(pg->result, "LayerVersions");
	/* lakeformation/permissions.c: NextToken in the POST's body */
	pg = aws_paginator_of("lakeformation", "ListPermissions");
	assert_non_null(pg);
	assert_false(pg->input_in_query);
	assert_string_equal(pg->input_token[0], "NextToken");
	assert_string_equal(pg->output_token[0], "NextToken");
	assert_string_equal(pg->result, "PrincipalResourcePermissions");
}

/* ---- against moto ---- */

struct seen {
	int pages, results, stop_at;
	char first[64];
};

static int count_json(void *ctx, const json_t *page, const json_t *results, struct strbuf *err)
{
	struct seen *s = ctx;

	(void)page;
	(void)err;
	s->pages++;
	s->results += (int)json_array_size(results);
	if (s->pages == 1 && json_array_size(results))
		snprintf(s->first, sizeof(s->first), "%s",
			 json_string_value(json_object_get(json_array_get(results, 0), "Name")));
	return s->stop_at && s->pages >= s->stop_at ? 1 : 0;
}

static int count_xml(void *ctx, xmlNodePtr result, xmlNodePtr first, struct strbuf *err)
{
	struct seen *s = ctx;

	(void)result;
	(void)err;
	s->pages++;
	for (xmlNodePtr n = first; n; n = xml_next_same(n))
		s->results++;
	return s->stop_at && s->pages >= s->stop_at ? 1 : 0;
}

static int fail_each(void *ctx, const json_t *page, const json_t *results, struct strbuf *err)
{
	(void)ctx;
	(void)page;
	(void)results;
	strbuf_addstr(err, "each said no");
	return -1;
}

static void glue_call(struct aws_client *c, const char *op, json_t *in)
{
	struct strbuf err = STRBUF_INIT;

	if (aws_json_call(c, &aws_service_glue, op, in, NULL, NULL, &err))
		fail_msg("%s: %s", op, err.buf);
	json_decref(in);
	strbuf_release(&err);
}

static void test_json_paged(void **state)
{
	struct moto_fixture *f = *state;
	struct strbuf err = STRBUF_INIT;
	json_t *two = json_pack("{s:i}", "MaxResults", 2);
	static const char *const gone[] = { "EntityNotFoundException", NULL };
	struct seen s;

	for (int i = 0; i < 5; i++) {
		char name[32];

		snprintf(name, sizeof(name), "pg-job-%d", i);
		glue_call(f->client, "CreateJob",
			  json_pack("{s:s, s:s, s:{s:s, s:s}}", "Name", name, "Role",
				    "arn:aws:iam::123456789012:role/glue", "Command", "Name",
				    "glueetl", "ScriptLocation", "s3://b/s.py"));
	}
	/* Five jobs two a page: three pages, every job once. */
	memset(&s, 0, sizeof(s));
	assert_int_equal(aws_json_paged(f->client, &aws_service_glue, "GetJobs", two, NULL,
					0, count_json, &s, &err), 0);
	assert_int_equal(s.pages, 3);
	assert_int_equal(s.results, 5);
	/* max_pages */
	memset(&s, 0, sizeof(s));
	assert_int_equal(aws_json_paged(f->client, &aws_service_glue, "GetJobs", two, NULL,
					2, count_json, &s, &err), 0);
	assert_int_equal(s.pages, 2);
	assert_int_equal(s.results, 4);
	/* each() says it found what it looked for: 0, after one page */
	memset(&s, 0, sizeof(s));
	s.stop_at = 1;
	assert_int_equal(aws_json_paged(f->client, &aws_service_glue, "GetJobs", two, NULL,
					0, count_json, &s, &err), 0);
	assert_int_equal(s.pages, 1);
	/* each() fails: -1 with its error */
	assert_int_equal(aws_json_paged(f->client, &aws_service_glue, "GetJobs", two, NULL,
					0, fail_each, NULL, &err), -1);
	assert_string_equal(err.buf, "each said no");
	strbuf_reset(&err);
	/* What it lists in is gone: 1, err untouched; without `gone`, -1. */
	{
		json_t *in = json_pack("{s:s}", "DatabaseName", "no-such-db");

		memset(&s, 0, sizeof(s));
		assert_int_equal(aws_json_paged(f->client, &aws_service_glue, "GetTables", in,
						gone, 0, count_json, &s, &err), 1);
		assert_int_equal(err.len, 0);
		assert_int_equal(s.pages, 0);
		assert_int_equal(aws_json_paged(f->client, &aws_service_glue, "GetTables", in,
						NULL, 0, count_json, &s, &err), -1);
		assert_non_null(strstr(err.buf, "EntityNotFoundException"));
		strbuf_reset(&err);
		json_decref(in);
	}
	/* An operation that does not page, and one whose token is an expression:
	 * refused before any call, naming it. */
	assert_int_equal(aws_json_paged(f->client, &aws_service_glue, "GetJob", NULL, NULL,
					0, count_json, &s, &err), -1);
	assert_non_null(strstr(err.buf, "glue GetJob: its model gives it no paginator"));
	strbuf_reset(&err);
	assert_int_equal(aws_json_paged(f->client, &aws_service_kinesis,
					"DescribeStream", NULL, NULL, 0, count_json, &s, &err), -1);
	assert_non_null(strstr(err.buf, "computes its token by an expression"));
	json_decref(two);
	strbuf_release(&err);
}

static void test_query_paged(void **state)
{
	struct moto_fixture *f = *state;
	struct strbuf err = STRBUF_INIT;
	json_t *one = json_pack("{s:s}", "MaxItems", "1");
	struct seen s;
	int before;

	memset(&s, 0, sizeof(s));
	assert_int_equal(aws_query_paged(f->client, &aws_service_iam, "ListRoles", NULL, NULL, 0,
					 count_xml, &s, &err), 0);
	before = s.results;
	for (int i = 0; i < 3; i++) {
		char name[32];
		json_t *p;

		snprintf(name, sizeof(name), "pg-role-%d", i);
		p = json_pack("{s:s, s:s}", "RoleName", name, "AssumeRolePolicyDocument",
			      "{\"Version\":\"2012-10-17\",\"Statement\":[]}");
		if (aws_query_call_xml(f->client, &aws_service_iam, "CreateRole", p, NULL, NULL,
				       NULL, NULL, NULL, &err))
			fail_msg("CreateRole: %s", err.buf);
		json_decref(p);
	}
	/* One a page while IsTruncated: a page a role. */
	memset(&s, 0, sizeof(s));
	assert_int_equal(aws_query_paged(f->client, &aws_service_iam, "ListRoles", one, NULL, 0,
					 count_xml, &s, &err), 0);
	assert_int_equal(s.results, before + 3);
	assert_int_equal(s.pages, before + 3);
	/* The same through aws_query_list, the rows' results as text. */
	{
		json_t *names = NULL;

		assert_int_equal(aws_query_list(f->client, &aws_service_iam, "ListRoles", one,
						NULL, "RoleName", NULL, &names, &err), 0);
		assert_int_equal(json_array_size(names), (size_t)(before + 3));
		json_decref(names);
	}
	json_decref(one);
	strbuf_release(&err);
}

static void test_ec2_paged(void **state)
{
	struct moto_fixture *f = *state;
	struct strbuf err = STRBUF_INIT;
	json_t *five = json_pack("{s:s}", "MaxResults", "5");
	struct seen s;

	for (int i = 0; i < 6; i++) {
		json_t *p = json_pack("{s:s, s:s, s:s}", "ImageId", "ami-12345678", "MinCount", "1",
				      "MaxCount", "1");

		if (aws_query_call_xml(f->client, &aws_service_ec2, "RunInstances", p, NULL, NULL,
				       NULL, NULL, NULL, &err))
			fail_msg("RunInstances: %s", err.buf);
		json_decref(p);
	}
	/* Six reservations five a page: two pages, following nextToken under
	 * the root (EC2 has no ACTIONResult), each page's results found. */
	memset(&s, 0, sizeof(s));
	assert_int_equal(aws_query_paged(f->client, &aws_service_ec2, "DescribeInstances", five,
					 NULL, 0, count_xml, &s, &err), 0);
	assert_int_equal(s.results, 6);
	assert_int_equal(s.pages, 2);
	json_decref(five);
	strbuf_release(&err);
}

static void test_rest_json_paged(void **state)
{
	struct moto_fixture *f = *state;
	struct strbuf err = STRBUF_INIT;
	struct seen s;

	for (int i = 0; i < 3; i++) {
		char path[64];
		json_t *in = json_object();
		struct aws_response resp;

		snprintf(path, sizeof(path), "/schedule-groups/pg-group-%d", i);
		if (aws_rest_json_call(f->client, &aws_service_scheduler, "CreateScheduleGroup",
				       "POST", path,
				       NULL, in, NULL, &resp, &err))
			fail_msg("CreateScheduleGroup: %s", err.buf);
		aws_response_free(&resp);
		json_decref(in);
	}
	/* The token goes in the query string (NextToken), one group a page. */
	memset(&s, 0, sizeof(s));
	assert_int_equal(aws_rest_json_paged(f->client, &aws_service_scheduler,
					     "ListScheduleGroups", "GET",
					     "/schedule-groups", "MaxResults=1", NULL, NULL, 0,
					     count_json, &s, &err), 0);
	if (s.results < 3)
		fail_msg("%d groups in %d pages", s.results, s.pages);
	assert_int_equal(s.pages, s.results);
	strbuf_release(&err);
}

/* The operations the type files' loops page with, page after page as moto
 * pages them: CloudWatch Logs' DescribeLogGroups (log_group.c), Step
 * Functions' ListStateMachines (state_machine.c), SNS's ListTopics
 * (sns/topic.c through aws_query_list, a hundred a page). */
static void test_type_operations_paged(void **state)
{
	struct moto_fixture *f = *state;
	struct strbuf err = STRBUF_INIT;
	json_t *in;
	struct seen s;

	for (int i = 0; i < 3; i++) {
		char name[32];

		snprintf(name, sizeof(name), "pg-logs-%d", i);
		in = json_pack("{s:s}", "logGroupName", name);
		if (aws_json_call(f->client, &aws_service_logs, "CreateLogGroup", in,
				  NULL, NULL, &err))
			fail_msg("CreateLogGroup: %s", err.buf);
		json_decref(in);
	}
	memset(&s, 0, sizeof(s));
	in = json_pack("{s:s, s:i}", "logGroupNamePrefix", "pg-logs-", "limit", 1);
	assert_int_equal(aws_json_paged(f->client, &aws_service_logs,
					"DescribeLogGroups", in, NULL, 0, count_json, &s, &err), 0);
	assert_int_equal(s.results, 3);
	assert_int_equal(s.pages, 3);
	/* listing.h's aws_json_find (log_group.c's, state_machine.c's and
	 * kms/alias.c's lookups by name): the entry on the last page, and none */
	json_t *found = NULL;
	assert_int_equal(aws_json_find(f->client, &aws_service_logs, "DescribeLogGroups", in,
				       "logGroupName",
				       "pg-logs-2", &found, &err), 0);
	assert_non_null(found);
	assert_string_equal(json_string_value(json_object_get(found, "logGroupName")), "pg-logs-2");
	json_decref(found);
	assert_int_equal(aws_json_find(f->client, &aws_service_logs, "DescribeLogGroups", in,
				       "logGroupName",
				       "pg-logs-9", &found, &err), 0);
	assert_null(found);
	json_decref(in);

	for (int i = 0; i < 2; i++) {
		char name[32];

		snprintf(name, sizeof(name), "pg-machine-%d", i);
		in = json_pack("{s:s, s:s, s:s}", "name", name, "roleArn",
			       "arn:aws:iam::123456789012:role/sfn", "definition",
			       "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\","
			       "\"End\":true}}}");
		if (aws_json_call(f->client, &aws_service_sfn,
				  "CreateStateMachine", in, NULL, NULL, &err))
			fail_msg("CreateStateMachine: %s", err.buf);
		json_decref(in);
	}
	memset(&s, 0, sizeof(s));
	in = json_pack("{s:i}", "maxResults", 1);
	assert_int_equal(aws_json_paged(f->client, &aws_service_sfn,
					"ListStateMachines", in, NULL, 0, count_json, &s, &err), 0);
	assert_int_equal(s.results, 2);
	assert_int_equal(s.pages, 2);
	json_decref(in);

	for (int i = 0; i < 101; i++) {
		char name[32];

		snprintf(name, sizeof(name), "pg-topic-%d", i);
		in = json_pack("{s:s}", "Name", name);
		if (aws_query_call_xml(f->client, &aws_service_sns, "CreateTopic", in, NULL,
				       NULL, NULL, NULL, NULL, &err))
			fail_msg("CreateTopic: %s", err.buf);
		json_decref(in);
	}
	memset(&s, 0, sizeof(s));
	assert_int_equal(aws_query_paged(f->client, &aws_service_sns, "ListTopics", NULL, NULL,
					 0, count_xml, &s, &err), 0);
	assert_int_equal(s.results, 101);
	assert_int_equal(s.pages, 2);
	strbuf_release(&err);
}

/* ---- the type files' paged calls (their loops now the engine's) ---- */

/* The rows of the calls moto answers in one page whatever the limit: how
 * each pages is the row's, so the row is what is checked. */
static void test_type_rows_more(void **state)
{
	const struct aws_paginator *pg;

	(void)state;
	/* athena/named_query.c (moto's ListNamedQueries fails on its own token) */
	pg = aws_paginator_of("athena", "ListNamedQueries");
	assert_non_null(pg);
	assert_string_equal(pg->input_token[0], "NextToken");
	assert_string_equal(pg->output_token[0], "NextToken");
	assert_string_equal(pg->result, "NamedQueryIds");
	/* athena/run.c: a query's results, the rows under ResultSet */
	pg = aws_paginator_of("athena", "GetQueryResults");
	assert_non_null(pg);
	assert_string_equal(pg->input_token[0], "NextToken");
	assert_string_equal(pg->output_token[0], "NextToken");
	assert_string_equal(pg->result, "ResultSet/Rows");
	/* batch/api.c, job_definition.c: nextToken in the POST's body */
	static const char *const batch_ops[][2] = {
		{ "DescribeComputeEnvironments", "computeEnvironments" },
		{ "DescribeJobQueues", "jobQueues" },
		{ "DescribeJobDefinitions", "jobDefinitions" },
	};
	for (size_t i = 0; i < sizeof(batch_ops) / sizeof(*batch_ops); i++) {
		pg = aws_paginator_of("batch", batch_ops[i][0]);
		assert_non_null(pg);
		assert_false(pg->input_in_query);
		assert_string_equal(pg->input_token[0], "nextToken");
		assert_string_equal(pg->output_token[0], "nextToken");
		assert_string_equal(pg->result, batch_ops[i][1]);
	}
	/* cloudwatch/metric_alarm.c: query protocol, the alarms' members */
	pg = aws_paginator_of("monitoring", "DescribeAlarms");
	assert_non_null(pg);
	assert_string_equal(pg->input_token[0], "NextToken");
	assert_string_equal(pg->output_token[0], "NextToken");
	assert_string_equal(pg->result, "MetricAlarms/member");
	/* ecs/api.c's ARN listings */
	pg = aws_paginator_of("ecs", "ListClusters");
	assert_non_null(pg);
	assert_string_equal(pg->input_token[0], "nextToken");
	assert_string_equal(pg->output_token[0], "nextToken");
	assert_string_equal(pg->result, "clusterArns");
	pg = aws_paginator_of("ecs", "ListTaskDefinitions");
	assert_non_null(pg);
	assert_string_equal(pg->result, "taskDefinitionArns");
	/* emrserverless/application.c: a GET, nextToken in the query string */
	pg = aws_paginator_of("emr-serverless", "ListApplications");
	assert_non_null(pg);
	assert_true(pg->input_in_query);
	assert_string_equal(pg->input_token[0], "nextToken");
	assert_string_equal(pg->output_token[0], "nextToken");
	assert_string_equal(pg->result, "applications");
	/* kms/alias.c, key.c: Marker from NextMarker while Truncated */
	static const char *const kms_ops[][2] = {
		{ "ListAliases", "Aliases" },
		{ "ListKeys", "Keys" },
	};
	for (size_t i = 0; i < sizeof(kms_ops) / sizeof(*kms_ops); i++) {
		pg = aws_paginator_of("kms", kms_ops[i][0]);
		assert_non_null(pg);
		assert_string_equal(pg->input_token[0], "Marker");
		assert_string_equal(pg->output_token[0], "NextMarker");
		assert_string_equal(pg->more_results, "Truncated");
		assert_string_equal(pg->result, kms_ops[i][1]);
	}
	/* kinesis/stream.c keeps its loop: ListTagsForStream has no token */
	assert_null(aws_paginator_of("kinesis", "ListTagsForStream"));
}

static int count_pages(void *ctx, const json_t *page, const json_t *results, struct strbuf *err)
{
	struct seen *s = ctx;

	(void)page;
	(void)err;
	s->pages++;
	s->results += (int)json_array_size(results);
	return 0;
}

static void json_do(struct aws_client *c, const struct aws_service *service, const char *op,
		    json_t *in)
{
	struct strbuf err = STRBUF_INIT;

	if (aws_json_call(c, service, op, in, NULL, NULL, &err))
		fail_msg("%s: %s", op, err.buf);
	json_decref(in);
	strbuf_release(&err);
}

/* The calls of the type files that moto pages, one result a page: Glue's
 * GetJobRuns (run.c), EventBridge's ListTargetsByRule (rule.c). */
static void test_type_calls_paged(void **state)
{
	struct moto_fixture *f = *state;
	struct strbuf err = STRBUF_INIT;
	struct seen s;
	json_t *in;

	json_do(f->client, &aws_service_glue, "CreateJob",
		json_pack("{s:s, s:s, s:{s:s, s:s}, s:{s:i}}", "Name", "pg-runs", "Role",
			  "arn:aws:iam::123456789012:role/glue", "Command", "Name", "glueetl",
			  "ScriptLocation", "s3://b/s.py", "ExecutionProperty",
			  "MaxConcurrentRuns", 10));
	for (int i = 0; i < 3; i++)
		json_do(f->client, &aws_service_glue, "StartJobRun",
			json_pack("{s:s}", "JobName", "pg-runs"));
	in = json_pack("{s:s, s:i}", "JobName", "pg-runs", "MaxResults", 1);
	memset(&s, 0, sizeof(s));
	if (aws_json_paged(f->client, &aws_service_glue, "GetJobRuns", in, NULL, 0,
			   count_pages, &s, &err))
		fail_msg("GetJobRuns: %s", err.buf);
	json_decref(in);
	assert_int_equal(s.results, 3);
	assert_int_equal(s.pages, 3);

	json_do(f->client, &aws_service_events, "PutRule",
		json_pack("{s:s, s:s}", "Name", "pg-rule", "ScheduleExpression", "rate(1 hour)"));
	json_do(f->client, &aws_service_events, "PutTargets",
		json_pack("{s:s, s:[{s:s, s:s}, {s:s, s:s}, {s:s, s:s}]}", "Rule", "pg-rule",
			  "Targets", "Id", "t1", "Arn", "arn:aws:sqs:us-east-1:123456789012:q1",
			  "Id", "t2", "Arn", "arn:aws:sqs:us-east-1:123456789012:q2", "Id", "t3",
			  "Arn", "arn:aws:sqs:us-east-1:123456789012:q3"));
	in = json_pack("{s:s, s:s, s:i}", "Rule", "pg-rule", "EventBusName", "default", "Limit", 1);
	memset(&s, 0, sizeof(s));
	if (aws_json_paged(f->client, &aws_service_events, "ListTargetsByRule", in, NULL,
			   0, count_pages, &s, &err))
		fail_msg("ListTargetsByRule: %s", err.buf);
	json_decref(in);
	assert_int_equal(s.results, 3);
	assert_int_equal(s.pages, 3);
	strbuf_release(&err);
}

/* ---- S3's rest-xml listings (s3_list_paged over aws_rest_xml_paged) ---- */

/* S3's rows, as the listings of s3.c, multipart.c, s3/object.c and
 * plan/backend_s3.c send their tokens back. */
static void test_s3_rows(void **state)
{
	const struct aws_paginator *pg;

	(void)state;
	pg = aws_paginator_of("s3", "ListObjectsV2");
	assert_non_null(pg);
	assert_true(pg->input_in_query);
	assert_string_equal(pg->input_token[0], "continuation-token");
	assert_string_equal(pg->output_token[0], "NextContinuationToken");
	assert_string_equal(pg->more_results, "IsTruncated");
	assert_string_equal(pg->result, "Contents");
	pg = aws_paginator_of("s3", "ListObjectVersions");
	assert_non_null(pg);
	assert_string_equal(pg->input_token[0], "key-marker");
	assert_string_equal(pg->input_token[1], "version-id-marker");
	assert_string_equal(pg->output_token[0], "NextKeyMarker");
	assert_string_equal(pg->output_token[1], "NextVersionIdMarker");
	assert_string_equal(pg->more_results, "IsTruncated");
	assert_string_equal(pg->result, "Version");
	/* moto leaves max-uploads out (moto/s3/models.py list_multipart_uploads:
	 * "The delimiter and max-uploads parameters have not yet been
	 * implemented"), so this row is held here and paged offline below */
	pg = aws_paginator_of("s3", "ListMultipartUploads");
	assert_non_null(pg);
	assert_true(pg->input_in_query);
	assert_string_equal(pg->input_token[0], "key-marker");
	assert_string_equal(pg->input_token[1], "upload-id-marker");
	assert_string_equal(pg->output_token[0], "NextKeyMarker");
	assert_string_equal(pg->output_token[1], "NextUploadIdMarker");
	assert_string_equal(pg->more_results, "IsTruncated");
	assert_string_equal(pg->result, "Upload");
}

/* A rest-xml sender of canned pages: what the engine sends, recorded. */
struct canned {
	const char *const *pages;
	int sent, gone_at;
	char queries[4][256];
};

static int canned_send(void *ctx, const char *query, xmlDocPtr *doc, struct strbuf *err)
{
	struct canned *k = ctx;
	const char *page = k->pages[k->sent];

	if (k->sent < 4)
		snprintf(k->queries[k->sent], sizeof(k->queries[0]), "%s", query);
	if (++k->sent == k->gone_at)
		return 1;
	if (!page) {
		strbuf_addstr(err, "canned: no page left");
		return -1;
	}
	*doc = xml_parse(page, strlen(page), err);
	return *doc ? 0 : -1;
}

#define CANNED_HEAD "<ListVersionsResult><EncodingType>url</EncodingType>"

/* The engine's stop rules and S3's tokens, without a server: the key marker
 * that encoding-type=url encodes goes back decoded (and encoded once, in
 * the query), the version id as it came; a page that repeats its tokens,
 * says it is not truncated, or does not say, is the last; a gone bucket
 * is 1. */
static void test_rest_xml_offline(void **state)
{
	static const char *const repeat[] = {
		CANNED_HEAD "<IsTruncated>true</IsTruncated>"
		"<NextKeyMarker>a%20b%2Bc</NextKeyMarker>"
		"<NextVersionIdMarker>v+1/2</NextVersionIdMarker><Version><Key>x</Key></Version>"
		"<Version><Key>y</Key></Version></ListVersionsResult>",
		CANNED_HEAD "<IsTruncated>true</IsTruncated><NextKeyMarker>d</NextKeyMarker>"
		"<NextVersionIdMarker>v2</NextVersionIdMarker><Version><Key>z</Key></Version>"
		"</ListVersionsResult>",
		CANNED_HEAD "<IsTruncated>true</IsTruncated><NextKeyMarker>d</NextKeyMarker>"
		"<NextVersionIdMarker>v2</NextVersionIdMarker></ListVersionsResult>",
		NULL,
	};
	static const char *const last[] = {
		CANNED_HEAD "<IsTruncated>false</IsTruncated><NextKeyMarker>d</NextKeyMarker>"
		"<Version><Key>x</Key></Version></ListVersionsResult>",
		NULL,
	};
	static const char *const unsaid[] = {
		CANNED_HEAD "<NextKeyMarker>d</NextKeyMarker></ListVersionsResult>", NULL,
	};
	struct canned k = { .pages = repeat };
	struct aws_rest_xml_sender snd = { canned_send, s3_xml_token_text, &k };
	struct strbuf err = STRBUF_INIT;
	struct seen s;

	(void)state;
	memset(&s, 0, sizeof(s));
	assert_int_equal(aws_rest_xml_paged(&snd, &aws_service_s3, "ListObjectVersions",
					    "versions=", 0,
					    count_xml, &s, &err), 0);
	assert_int_equal(k.sent, 3);
	assert_int_equal(s.pages, 3);
	assert_int_equal(s.results, 3);
	assert_string_equal(k.queries[0], "versions=");
	assert_string_equal(k.queries[1],
			    "versions=&key-marker=a%20b%2Bc&version-id-marker=v%2B1%2F2");
	assert_string_equal(k.queries[2], "versions=&key-marker=d&version-id-marker=v2");
	/* max_pages */
	memset(&k, 0, sizeof(k));
	k.pages = repeat;
	memset(&s, 0, sizeof(s));
	assert_int_equal(aws_rest_xml_paged(&snd, &aws_service_s3, "ListObjectVersions",
					    "versions=", 2,
					    count_xml, &s, &err), 0);
	assert_int_equal(s.pages, 2);
	/* not truncated: the last page, its token or not */
	memset(&k, 0, sizeof(k));
	k.pages = last;
	memset(&s, 0, sizeof(s));
	assert_int_equal(aws_rest_xml_paged(&snd, &aws_service_s3, "ListObjectVersions", NULL, 0,
					    count_xml,
					    &s, &err), 0);
	assert_int_equal(s.pages, 1);
	assert_string_equal(k.queries[0], "");
	/* IsTruncated left out: the last page too */
	memset(&k, 0, sizeof(k));
	k.pages = unsaid;
	memset(&s, 0, sizeof(s));
	assert_int_equal(aws_rest_xml_paged(&snd, &aws_service_s3, "ListObjectVersions", NULL, 0,
					    count_xml,
					    &s, &err), 0);
	assert_int_equal(s.pages, 1);
	/* the second page's bucket is gone: 1, err untouched */
	memset(&k, 0, sizeof(k));
	k.pages = repeat;
	k.gone_at = 2;
	memset(&s, 0, sizeof(s));
	assert_int_equal(aws_rest_xml_paged(&snd, &aws_service_s3, "ListObjectVersions",
					    "versions=", 0,
					    count_xml, &s, &err), 1);
	assert_int_equal(s.pages, 1);
	assert_int_equal((int)err.len, 0);
	/* an operation without a row */
	assert_int_equal(aws_rest_xml_paged(&snd, &aws_service_s3, "GetObject", NULL, 0, count_xml,
					    &s,
					    &err), -1);
	assert_non_null(strstr(err.buf, "GetObject"));
	strbuf_release(&err);
}

static void s3_do(struct aws_client *c, const char *operation, const char *method,
		  const char *bucket, const char *path, const char *query, const char *body,
		  char **answer)
{
	struct aws_request req = { .operation = operation, .method = method, .bucket = bucket,
				   .path = path, .query = query, .body = body,
				   .body_len = body ? strlen(body) : 0 };
	struct aws_response resp;
	struct strbuf err = STRBUF_INIT;

	if (s3_call(c, &req, NULL, &resp, &err))
		fail_msg("%s: %s", operation, err.buf);
	if (answer)
		*answer = xstrndup(resp.body ? resp.body : "", resp.body_len);
	aws_response_free(&resp);
	strbuf_release(&err);
}

/* S3's listings against moto, a few results a page (max-keys): every
 * object and version once, page after page; then the transport's own
 * listings: a multipart upload aborted by its key (multipart.c), the
 * bucket emptied (s3.c), gone after. */
static void test_s3_paged(void **state)
{
	struct moto_fixture *f = *state;
	struct strbuf err = STRBUF_INIT;
	struct seen s;
	unsigned aborted = 0;
	bool gone = false;

	s3_do(f->client, "CreateBucket", "PUT", "pg-s3", "/", NULL, NULL, NULL);
	s3_do(f->client, "PutBucketVersioning", "PUT", "pg-s3", "/", "versioning",
	      "<VersioningConfiguration><Status>Enabled</Status></VersioningConfiguration>",
	      NULL);
	for (int i = 0; i < 5; i++) {
		char path[32];

		snprintf(path, sizeof(path), "/k %d", i);
		s3_do(f->client, "PutObject", "PUT", "pg-s3", path, NULL, "one", NULL);
		if (i < 2)
			s3_do(f->client, "PutObject", "PUT", "pg-s3", path, NULL, "two", NULL);
	}
	/* 5 objects, 2 a page: 3 pages */
	memset(&s, 0, sizeof(s));
	if (s3_list_paged(f->client, "ListObjectsV2", "pg-s3",
			  "encoding-type=url&list-type=2&max-keys=2", NULL, 0, count_xml, &s, &err))
		fail_msg("ListObjectsV2: %s", err.buf);
	assert_int_equal(s.results, 5);
	assert_int_equal(s.pages, 3);
	/* 7 versions, 2 a page: 4 pages */
	memset(&s, 0, sizeof(s));
	if (s3_list_paged(f->client, "ListObjectVersions", "pg-s3",
			  "encoding-type=url&max-keys=2&versions=", NULL, 0, count_xml, &s, &err))
		fail_msg("ListObjectVersions: %s", err.buf);
	assert_int_equal(s.results, 7);
	assert_int_equal(s.pages, 4);
	/* max_pages: the first two pages */
	memset(&s, 0, sizeof(s));
	assert_int_equal(s3_list_paged(f->client, "ListObjectVersions", "pg-s3",
				       "encoding-type=url&max-keys=2&versions=", NULL, 2, count_xml,
				       &s, &err), 0);
	assert_int_equal(s.pages, 2);
	/* ListMultipartUploads: one page (moto does not page it), the
	 * upload found and aborted by multipart.c's listing */
	s3_do(f->client, "CreateMultipartUpload", "POST", "pg-s3", "/up key", "uploads", NULL,
	      NULL);
	memset(&s, 0, sizeof(s));
	if (s3_list_paged(f->client, "ListMultipartUploads", "pg-s3",
			  "encoding-type=url&uploads=", NULL, 0, count_xml, &s, &err))
		fail_msg("ListMultipartUploads: %s", err.buf);
	assert_int_equal(s.results, 1);
	if (s3_abort_uploads_of_key(f->client, "pg-s3", "up key", &aborted, &err))
		fail_msg("abort: %s", err.buf);
	assert_int_equal(aborted, 1);
	memset(&s, 0, sizeof(s));
	assert_int_equal(s3_list_paged(f->client, "ListMultipartUploads", "pg-s3",
				       "encoding-type=url&uploads=", NULL, 0, count_xml, &s, &err),
			 0);
	assert_int_equal(s.results, 0);
	/* s3.c empties it: no version left; then the bucket gone is 1 */
	if (s3_empty_bucket(f->client, "pg-s3", &gone, &err))
		fail_msg("empty: %s", err.buf);
	assert_false(gone);
	memset(&s, 0, sizeof(s));
	assert_int_equal(s3_list_paged(f->client, "ListObjectVersions", "pg-s3",
				       "encoding-type=url&versions=", NULL, 0, count_xml, &s, &err),
			 0);
	assert_int_equal(s.pages, 1);
	assert_int_equal(s.results, 0);
	s3_do(f->client, "DeleteBucket", "DELETE", "pg-s3", "/", NULL, NULL, NULL);
	{
		static const char *const gone_codes[] = { "NoSuchBucket", NULL };

		assert_int_equal(s3_list_paged(f->client, "ListObjectsV2", "pg-s3",
					       "list-type=2", gone_codes, 0, count_xml, &s, &err),
				 1);
	}
	assert_int_equal(s3_empty_bucket(f->client, "pg-s3", &gone, &err), 0);
	assert_true(gone);
	strbuf_release(&err);
}

int main(void)
{
	const struct CMUnitTest offline[] = {
		cmocka_unit_test(test_rows),
		cmocka_unit_test(test_type_rows),
		cmocka_unit_test(test_type_rows_more),
		cmocka_unit_test(test_s3_rows),
		cmocka_unit_test(test_rest_xml_offline),
	};
	const struct CMUnitTest moto[] = {
		cmocka_unit_test(test_json_paged),
		cmocka_unit_test(test_query_paged),
		cmocka_unit_test(test_ec2_paged),
		cmocka_unit_test(test_rest_json_paged),
		cmocka_unit_test(test_type_operations_paged),
		cmocka_unit_test(test_type_calls_paged),
		cmocka_unit_test(test_s3_paged),
	};
	int rc = cmocka_run_group_tests_name("paging rows", offline, NULL, NULL);

	return rc | cmocka_run_group_tests_name("paging against moto", moto, setup,
						   moto_fixture_teardown);
}
