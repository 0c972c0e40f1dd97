/*
 * test_cloudcontrol_api.c: the awscc types' Cloud Control layer
 * (provider/aws/cloudcontrol/convert.c and resource.c): attributes to
 * CloudFormation properties and back, write-only values carried, the
 * update's RFC 6902 patch (offline); and create, read, update, delete,
 * find_made and list live against a moto that the test starts itself, with
 * the harness's Cloud Control patch (tests/servers/moto_patches/
 * cloudcontrol_api.py) answering IN_PROGRESS twice before SUCCESS. Each
 * type is built by hand from its schema (cc_schema_find, cc_schema_load),
 * as types.c builds it. The live tests are skipped when moto does not
 * start.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/cloudcontrol/cloudcontrol.h"
#include "provider/base/progress.h"
#include "tests/unit/moto_support.h"

/* ---- types built by hand ---- */

#define MAX_TYPES 16
static struct cc_type types[MAX_TYPES];
static size_t n_types;

static const struct resource_type *type(const char *name)
{
	struct strbuf err = STRBUF_INIT;

	for (size_t i = 0; i < n_types; i++)
		if (!strcmp(types[i].rt.name, name))
			return &types[i].rt;
	assert_true(n_types < MAX_TYPES);
	struct cc_type *t = &types[n_types];
	t->row = cc_schema_find(name);
	assert_non_null(t->row);
	t->schema = cc_schema_load(t->row, &err);
	if (!t->schema)
		fail_msg("%s", err.buf);
	t->attrs = NULL;
	t->rt.name = t->row->name;
	t->rt.typed = &cc_type_functions;
	t->rt.data = t;
	n_types++;
	strbuf_release(&err);
	return &t->rt;
}

static const json_t *schema_of(const char *name)
{
	return ((const struct cc_type *)type(name)->data)->schema;
}

static json_t *parse(const char *text)
{
	json_error_t e;
	json_t *v = json_loads(text, 0, &e);
	if (!v)
		fail_msg("bad JSON in the test: %s: %s", e.text, text);
	return v;
}

static void assert_json(const json_t *got, const char *want_text)
{
	json_t *want = parse(want_text);
	if (!json_equal((json_t *)got, want)) {
		char *g = json_dumps(got, JSON_SORT_KEYS | JSON_COMPACT);
		char *w = json_dumps(want, JSON_SORT_KEYS | JSON_COMPACT);
		fail_msg("got  %s\nwant %s", g, w);
	}
	json_decref(want);
}

/* ---- offline: convert.c ---- */

/* What types.c makes a JSON document (a definition inside itself, past
 * CC_MAX_REF_DEPTH: WAF's statements) goes to Cloud Control as written, in
 * CloudFormation's names, and comes back so; the blocks above it are
 * converted. */
static void test_deep_document_as_written(void **state)
{
	(void)state;
	const json_t *waf = schema_of("awscc.wafv2.rule_group");
	json_t *attrs = parse("{\"rules\": [{\"name\": \"r\", \"statement\": {\"and_statement\": "
			      "{\"statements\": [{\"and_statement\": {\"statements\": [{\"and_statement\": "
			      "{\"Statements\": []}}]}}]}}}]}");
	json_t *props = cc_to_properties(waf, attrs);
	char *text = json_dumps(props, JSON_COMPACT | JSON_SORT_KEYS);
	assert_string_equal(text, "{\"Rules\":[{\"Name\":\"r\",\"Statement\":{\"AndStatement\":"
				  "{\"Statements\":[{\"AndStatement\":{\"Statements\":[{\"AndStatement\":"
				  "{\"Statements\":[]}}]}}]}}}]}");
	free(text);
	json_t *back = cc_from_properties(waf, props);
	assert_true(json_equal(back, attrs));
	json_decref(back);
	json_decref(props);
	json_decref(attrs);
}

static void test_to_and_from_properties(void **state)
{
	(void)state;
	const json_t *lambda = schema_of("awscc.lambda.function");
	json_t *attrs = parse("{\"function_name\": \"f\", \"role\": \"arn:aws:iam::1:role/r\","
			      " \"memory_size\": 256,"
			      " \"environment\": {\"variables\": {\"MODE\": \"x\", \"my_var\": \"y\"}},"
			      " \"code\": {\"s3_bucket\": \"b\", \"s3_key\": \"k.zip\"},"
			      " \"tags\": [{\"key\": \"team\", \"value\": \"data\"}],"
			      " \"not_in_schema\": 1, \"timeout\": null}");
	json_t *props = cc_to_properties(lambda, attrs);

	/* CamelCase names, nested objects by their schema, a map's keys kept,
	 * a list's items converted, what the schema does not know and nulls
	 * left out. */
	assert_json(props, "{\"FunctionName\": \"f\", \"Role\": \"arn:aws:iam::1:role/r\","
		    " \"MemorySize\": 256,"
		    " \"Environment\": {\"Variables\": {\"MODE\": \"x\", \"my_var\": \"y\"}},"
		    " \"Code\": {\"S3Bucket\": \"b\", \"S3Key\": \"k.zip\"},"
		    " \"Tags\": [{\"Key\": \"team\", \"Value\": \"data\"}]}");

	/* Back, with what the server adds that the schema does not know
	 * dropped and a number read back as text given its schema type. */
	json_object_set_new(props, "SomethingNew", json_string("x"));
	json_object_set_new(props, "MemorySize", json_string("256"));
	json_object_set_new(props, "Arn", json_string("arn:aws:lambda:us-east-1:1:function:f"));
	json_t *back = cc_from_properties(lambda, props);
	json_object_del(attrs, "not_in_schema");
	json_object_del(attrs, "timeout");
	json_object_set_new(attrs, "arn", json_string("arn:aws:lambda:us-east-1:1:function:f"));
	assert_true(json_equal(back, attrs));
	json_decref(back);

	/* Write-only values are never read back: carried from what was
	 * written (code.s3_bucket, code.s3_key are write-only), nested too,
	 * and what the read has is not overwritten. */
	json_t *read = parse("{\"function_name\": \"f\", \"code\": {}, \"memory_size\": 512}");
	cc_carry_write_only(lambda, read, attrs);
	assert_json(read, "{\"function_name\": \"f\", \"memory_size\": 512,"
		    " \"code\": {\"s3_bucket\": \"b\", \"s3_key\": \"k.zip\"}}");
	json_decref(read);
	read = parse("{\"function_name\": \"f\"}");
	cc_carry_write_only(lambda, read, attrs);
	assert_json(read, "{\"function_name\": \"f\","
		    " \"code\": {\"s3_bucket\": \"b\", \"s3_key\": \"k.zip\"}}");
	json_decref(read);

	assert_true(cc_path_in(lambda, "writeOnly", "code"));
	assert_false(cc_path_in(lambda, "writeOnly", "code_signing_config_arn"));
	assert_string_equal(cc_property_name(lambda, "memory_size"), "MemorySize");
	json_decref(props);
	json_decref(attrs);
}

/* Lists read back in the service's order: an unordered one (insertionOrder
 * false) and a taggable type's tag list take the order of the list the read
 * was given, those it lacks after them; an ordered list keeps the server's
 * order (t0943: an event bus imported with its tags in another order planned
 * an update of them). */
static json_t *read_back(const json_t *schema, const char *props_text)
{
	json_t *props = parse(props_text);
	json_t *attrs = cc_from_properties(schema, props);
	json_decref(props);
	return attrs;
}

static void test_read_back_order(void **state)
{
	(void)state;
	const json_t *bus = schema_of("awscc.events.event_bus");
	json_t *read = read_back(bus,
		"{\"Name\": \"b\", \"Tags\": [{\"Key\": \"terrace:workspace\", \"Value\": \"w\"},"
		" {\"Key\": \"extra\", \"Value\": \"x\"}, {\"Key\": \"team\", \"Value\": \"ops\"},"
		" {\"Key\": \"terrace:stack\", \"Value\": \"s\"}]}");
	json_t *like = parse("{\"name\": \"b\", \"tags\": [{\"key\": \"team\", \"value\": \"ops\"},"
			     " {\"key\": \"terrace:stack\", \"value\": \"s\"},"
			     " {\"key\": \"terrace:workspace\", \"value\": \"w\"}]}");

	cc_follow_order(bus, read, like);
	assert_json(read, "{\"name\": \"b\", \"tags\": [{\"key\": \"team\", \"value\": \"ops\"},"
		    " {\"key\": \"terrace:stack\", \"value\": \"s\"},"
		    " {\"key\": \"terrace:workspace\", \"value\": \"w\"},"
		    " {\"key\": \"extra\", \"value\": \"x\"}]}");
	json_decref(read);
	json_decref(like);

	/* A mount target's security groups are unordered, nested too (a
	 * hosted zone's VPCs); a record set's records are in order. */
	const json_t *mt = schema_of("awscc.efs.mount_target");
	read = read_back(mt, "{\"SecurityGroups\": [\"sg-2\", \"sg-1\"]}");
	like = parse("{\"security_groups\": [\"sg-1\", \"sg-2\"]}");
	cc_follow_order(mt, read, like);
	assert_json(read, "{\"security_groups\": [\"sg-1\", \"sg-2\"]}");
	json_decref(read);
	json_decref(like);
	const json_t *rs = schema_of("awscc.route53.record_set");
	read = read_back(rs, "{\"ResourceRecords\": [\"10.0.0.2\", \"10.0.0.1\"]}");
	like = parse("{\"resource_records\": [\"10.0.0.1\", \"10.0.0.2\"]}");
	cc_follow_order(rs, read, like);
	assert_json(read, "{\"resource_records\": [\"10.0.0.2\", \"10.0.0.1\"]}");
	json_decref(read);
	json_decref(like);
}

static void test_update_patch(void **state)
{
	(void)state;
	const struct resource_type *queue = type("awscc.sqs.queue");
	json_t *prior = parse("{\"queue_name\": \"q\", \"queue_url\": \"http://q\","
			      " \"arn\": \"arn:q\", \"visibility_timeout\": 30,"
			      " \"delay_seconds\": 5, \"tags\": [{\"key\": \"a\", \"value\": \"1\"}]}");
	json_t *desired = parse("{\"queue_name\": \"q\", \"visibility_timeout\": 60,"
				" \"maximum_message_size\": 2048,"
				" \"tags\": [{\"key\": \"a\", \"value\": \"1\"}]}");
	json_t *patch = cc_patch(queue, prior, desired);

	/* Changed: replace; new: add; gone: remove; unchanged, read-only
	 * (queue_url, arn) and create-only (queue_name): nothing. */
	assert_json(patch, "[{\"op\": \"remove\", \"path\": \"/DelaySeconds\"},"
		    " {\"op\": \"add\", \"path\": \"/MaximumMessageSize\", \"value\": 2048},"
		    " {\"op\": \"replace\", \"path\": \"/VisibilityTimeout\", \"value\": 60}]");
	json_decref(patch);
	json_decref(prior);
	json_decref(desired);

	/* A write-only property goes again on every update, as "add" with
	 * desired's value, changed or not (an EC2 VPC's
	 * ipv_4_netmask_length is write-only, and create-only: never). */
	const struct resource_type *fn = type("awscc.lambda.function");
	prior = parse("{\"function_name\": \"f\", \"memory_size\": 128,"
		      " \"code\": {\"s3_bucket\": \"b\", \"s3_key\": \"k\"}}");
	desired = parse("{\"function_name\": \"f\", \"memory_size\": 256,"
			" \"code\": {\"s3_bucket\": \"b\", \"s3_key\": \"k\"}}");
	patch = cc_patch(fn, prior, desired);
	assert_json(patch, "[{\"op\": \"add\", \"path\": \"/Code\","
		    " \"value\": {\"S3Bucket\": \"b\", \"S3Key\": \"k\"}},"
		    " {\"op\": \"replace\", \"path\": \"/MemorySize\", \"value\": 256}]");
	json_decref(patch);
	json_decref(prior);
	json_decref(desired);
}

/* ---- live against moto ---- */

static struct moto moto;
static const struct provider_type *aws;
static void *client;

static int live_setup(void **state)
{
	(void)state;
	/* Two IN_PROGRESS answers before the end: the follow really polls. */
	setenv("MOTO_CLOUDCONTROL_IN_PROGRESS_POLLS", "2", 1);
	if (moto_start(&moto, "/tmp/terrace-test-cloudcontrol-moto.log", NULL) ||
	    moto_aws_client(&moto, &aws, &client)) {
		fprintf(stderr, "note: moto server did not start; live tests will be skipped\n");
		moto_stop(&moto);
	}
	return 0;
}

static int live_teardown(void **state)
{
	(void)state;
	if (client)
		aws->close(client);
	moto_stop(&moto);
	for (size_t i = 0; i < n_types; i++)
		json_decref(types[i].schema);
	return 0;
}

static void need_moto(void)
{
	if (moto.pid <= 0 || !client)
		skip();
}

/* What a create said it made (create_call_made). */
static char said[512];

static void on_created(void *ctx, const char *id)
{
	(void)ctx;
	snprintf(said, sizeof(said), "%s", id);
}

static int create(const char *type_name, const char *desired_text, const char *token,
		  bool may_exist, char **id, json_t **out, struct strbuf *err)
{
	json_t *desired = parse(desired_text);
	const struct create_call call = { may_exist, token, on_created, NULL };
	said[0] = 0;
	int rc = rtype_create(type(type_name), client, desired, &call, id, out, err);
	json_decref(desired);
	return rc;
}

static size_t listed_count(const char *type_name, const char *id)
{
	struct resource_items items = { 0 };
	struct strbuf err = STRBUF_INIT;
	size_t n = 0;

	if (rtype_list(type(type_name), client, &(struct resource_query){ 0 }, &items, &err))
		fail_msg("%s", err.buf);
	for (size_t i = 0; i < items.n; i++) {
		if (!strcmp(items.v[i].id, id))
			n++;
		resource_item_release(&items.v[i]);
	}
	free(items.v);
	strbuf_release(&err);
	return n;
}

static void test_queue_cycle(void **state)
{
	(void)state;
	need_moto();
	const struct resource_type *rt = type("awscc.sqs.queue");
	struct strbuf err = STRBUF_INIT;
	char *id = NULL;
	json_t *out = NULL, *now = NULL;

	/* Create: IN_PROGRESS, IN_PROGRESS, SUCCESS; the identifier said at
	 * once, the attributes read back. */
	if (create("awscc.sqs.queue", "{\"queue_name\": \"cc-cycle\", \"visibility_timeout\": 30,"
		   " \"tags\": [{\"key\": \"team\", \"value\": \"data\"}]}",
		   "tok-cycle-1", false, &id, &out, &err))
		fail_msg("%s", err.buf);
	assert_non_null(strstr(id, "cc-cycle"));
	assert_string_equal(said, id);
	assert_string_equal(json_string_value(json_object_get(out, "queue_url")), id);
	assert_int_equal(json_integer_value(json_object_get(out, "visibility_timeout")), 30);
	assert_non_null(json_string_value(json_object_get(out, "arn")));
	/* The create's token tag is never read back. */
	assert_json(json_object_get(out, "tags"), "[{\"key\": \"team\", \"value\": \"data\"}]");
	assert_int_equal(listed_count("awscc.sqs.queue", id), 1);

	/* The same create sent again (an interrupted apply's retry): Cloud
	 * Control answers the first request; no second queue. */
	char *again = NULL;
	json_t *out2 = NULL;
	if (create("awscc.sqs.queue", "{\"queue_name\": \"cc-cycle\", \"visibility_timeout\": 30,"
		   " \"tags\": [{\"key\": \"team\", \"value\": \"data\"}]}",
		   "tok-cycle-1", true, &again, &out2, &err))
		fail_msg("%s", err.buf);
	assert_string_equal(again, id);
	json_decref(out2);
	free(again);
	again = NULL;

	/* The stack changed before the retry: the same token with other
	 * properties (ClientTokenConflictException), what it made found by
	 * the token's tag and adopted. */
	if (create("awscc.sqs.queue", "{\"queue_name\": \"cc-cycle\", \"visibility_timeout\": 45,"
		   " \"tags\": [{\"key\": \"team\", \"value\": \"data\"}]}",
		   "tok-cycle-1", true, &again, &out2, &err))
		fail_msg("%s", err.buf);
	assert_string_equal(again, id);
	json_decref(out2);
	free(again);
	assert_int_equal(listed_count("awscc.sqs.queue", id), 1);

	/* find_made: what the token made. */
	json_t *ids = NULL;
	if (rtype_find_made(rt, client, "tok-cycle-1", &ids, &err))
		fail_msg("%s", err.buf);
	assert_int_equal(json_array_size(ids), 1);
	assert_string_equal(json_string_value(json_array_get(ids, 0)), id);
	json_decref(ids);
	if (rtype_find_made(rt, client, "tok-never-sent", &ids, &err))
		fail_msg("%s", err.buf);
	assert_int_equal(json_array_size(ids), 0);
	json_decref(ids);

	/* Read. */
	if (rtype_read(rt, client, id, out, &now, &err))
		fail_msg("%s", err.buf);
	assert_true(json_equal(now, out));
	json_decref(now);

	/* Update in place: visibility_timeout (not create-only). */
	json_t *desired = json_deep_copy(out);
	json_object_set_new(desired, "visibility_timeout", json_integer(120));
	json_object_set_new(desired, "delay_seconds", json_integer(3));
	json_t *updated = NULL;
	if (rtype_update(rt, client, id, out, desired, &updated, &err))
		fail_msg("%s", err.buf);
	assert_int_equal(json_integer_value(json_object_get(updated, "visibility_timeout")), 120);
	assert_int_equal(json_integer_value(json_object_get(updated, "delay_seconds")), 3);
	json_decref(desired);

	/* Delete; then gone: read finds nothing, a second delete is done, an
	 * update fails naming the type, the queue and the handler's code. */
	if (rtype_delete(rt, client, id, updated, &err))
		fail_msg("%s", err.buf);
	json_t *sentinel = json_object();
	now = sentinel;
	if (rtype_read(rt, client, id, updated, &now, &err))
		fail_msg("%s", err.buf);
	assert_null(now);
	json_decref(sentinel);
	if (rtype_delete(rt, client, id, updated, &err))
		fail_msg("%s", err.buf);
	assert_int_equal(listed_count("awscc.sqs.queue", id), 0);
	desired = json_deep_copy(updated);
	json_object_set_new(desired, "visibility_timeout", json_integer(7));
	json_t *none = NULL;
	assert_int_equal(rtype_update(rt, client, id, updated, desired, &none, &err), -1);
	assert_null(none);
	char *want = NULL;
	if (asprintf(&want, "awscc.sqs.queue: UpdateResource of AWS::SQS::Queue %s: FAILED "
		     "NotFound: Resource of type 'AWS::SQS::Queue' with identifier '%s' was not "
		     "found. (request ", id, id) < 0)
		fail_msg("asprintf");
	if (strncmp(err.buf, want, strlen(want)))
		fail_msg("got  %s\nwant %s...", err.buf, want);
	free(want);
	json_decref(desired);
	json_decref(updated);
	json_decref(out);
	free(id);
	strbuf_release(&err);
}

static void test_already_exists_not_ours(void **state)
{
	(void)state;
	need_moto();
	struct strbuf err = STRBUF_INIT;
	char *id = NULL, *other = NULL;
	json_t *out = NULL, *out2 = NULL;

	if (create("awscc.sqs.queue", "{\"queue_name\": \"cc-taken\"}", "tok-taken-1", false, &id,
		   &out, &err))
		fail_msg("%s", err.buf);
	/* Another create (another token) of the same name: the request
	 * FAILS AlreadyExists and the queue found does not carry this
	 * create's token: refused, naming the type and the queue, nothing
	 * adopted. */
	assert_int_equal(create("awscc.sqs.queue", "{\"queue_name\": \"cc-taken\"}", "tok-taken-2",
				true, &other, &out2, &err), -1);
	assert_null(other);
	assert_null(out2);
	if (!strstr(err.buf, "awscc.sqs.queue") || !strstr(err.buf, id) ||
	    !strstr(err.buf, "already exists") ||
	    !strstr(err.buf, "no attempt of this create made it (it carries another create's token)"))
		fail_msg("unexpected message: %s", err.buf);
	strbuf_reset(&err);
	assert_int_equal(listed_count("awscc.sqs.queue", id), 1);
	if (rtype_delete(type("awscc.sqs.queue"), client, id, out, &err))
		fail_msg("%s", err.buf);
	json_decref(out);
	free(id);
	strbuf_release(&err);
}

static void test_failed_request_message(void **state)
{
	(void)state;
	need_moto();
	struct strbuf err = STRBUF_INIT;
	char *id = NULL;
	json_t *out = NULL;

	/* A subnet without its required VPC: the schema's
	 * validation FAILS the request (InvalidRequest), the handler's
	 * message given whole, nothing made. */
	assert_int_equal(create("awscc.ec2.subnet", "{\"cidr_block\": \"10.8.1.0/24\"}",
				"tok-bad-1", false, &id, &out, &err), -1);
	assert_null(id);
	assert_null(out);
	const char *want = "awscc.ec2.subnet: CreateResource of AWS::EC2::Subnet: FAILED "
			   "InvalidRequest: Model validation failed (#: required key [VpcId] not "
			   "found) (request ";
	if (strncmp(err.buf, want, strlen(want)))
		fail_msg("got  %s\nwant %s...", err.buf, want);
	strbuf_release(&err);
}

static void test_topic_and_vpc(void **state)
{
	(void)state;
	need_moto();
	struct strbuf err = STRBUF_INIT;
	char *id = NULL;
	json_t *out = NULL, *ids = NULL;

	if (create("awscc.sns.topic", "{\"topic_name\": \"cc-topic\", \"display_name\": \"d\"}",
		   "tok-topic-1", false, &id, &out, &err))
		fail_msg("%s", err.buf);
	assert_non_null(strstr(id, ":cc-topic"));
	assert_string_equal(json_string_value(json_object_get(out, "topic_arn")), id);
	assert_string_equal(json_string_value(json_object_get(out, "display_name")), "d");
	if (rtype_delete(type("awscc.sns.topic"), client, id, out, &err))
		fail_msg("%s", err.buf);
	json_decref(out);
	free(id);

	/* A VPC, whose id the server assigns: said made at once, and found
	 * by its create's token (a destroy after an interrupted create). */
	if (create("awscc.ec2.vpc", "{\"cidr_block\": \"10.7.0.0/16\","
		   " \"tags\": [{\"key\": \"Name\", \"value\": \"cc\"}]}",
		   "tok-vpc-1", false, &id, &out, &err))
		fail_msg("%s", err.buf);
	assert_true(!strncmp(id, "vpc-", 4));
	assert_string_equal(said, id);
	assert_string_equal(json_string_value(json_object_get(out, "vpc_id")), id);
	assert_json(json_object_get(out, "tags"), "[{\"key\": \"Name\", \"value\": \"cc\"}]");
	/* Sent again by a later run (may_exist, the same token): the VPC has
	 * no name, so only the ClientToken keeps Cloud Control from making a
	 * second one: the first request's answer, one VPC. */
	char *again = NULL;
	json_t *out2 = NULL;
	if (create("awscc.ec2.vpc", "{\"cidr_block\": \"10.7.0.0/16\","
		   " \"tags\": [{\"key\": \"Name\", \"value\": \"cc\"}]}",
		   "tok-vpc-1", true, &again, &out2, &err))
		fail_msg("%s", err.buf);
	assert_string_equal(again, id);
	json_decref(out2);
	free(again);
	struct resource_items items = { 0 };
	if (rtype_list(type("awscc.ec2.vpc"), client, &(struct resource_query){ 0 }, &items, &err))
		fail_msg("%s", err.buf);
	assert_int_equal(items.n, 1);
	assert_string_equal(items.v[0].id, id);
	/* Listed with its tags, as sweep reads them (the token's too). */
	assert_string_equal(json_string_value(json_object_get(items.v[0].tags, "Name")), "cc");
	assert_string_equal(json_string_value(json_object_get(items.v[0].tags,
							      "terrace:create-token")), "tok-vpc-1");
	resource_item_release(&items.v[0]);
	free(items.v);
	if (rtype_find_made(type("awscc.ec2.vpc"), client, "tok-vpc-1", &ids, &err))
		fail_msg("%s", err.buf);
	assert_int_equal(json_array_size(ids), 1);
	assert_string_equal(json_string_value(json_array_get(ids, 0)), id);
	json_decref(ids);
	if (rtype_delete(type("awscc.ec2.vpc"), client, id, out, &err))
		fail_msg("%s", err.buf);
	/* Gone: find_made finds nothing to delete. */
	if (rtype_find_made(type("awscc.ec2.vpc"), client, "tok-vpc-1", &ids, &err))
		fail_msg("%s", err.buf);
	assert_int_equal(json_array_size(ids), 0);
	json_decref(ids);
	json_decref(out);
	free(id);
	strbuf_release(&err);
}

int main(void)
{
	const struct CMUnitTest offline[] = {
		cmocka_unit_test(test_to_and_from_properties),
		cmocka_unit_test(test_deep_document_as_written),
		cmocka_unit_test(test_read_back_order),
		cmocka_unit_test(test_update_patch),
	};
	const struct CMUnitTest live[] = {
		cmocka_unit_test(test_queue_cycle),
		cmocka_unit_test(test_already_exists_not_ours),
		cmocka_unit_test(test_failed_request_message),
		cmocka_unit_test(test_topic_and_vpc),
	};
	int rc = cmocka_run_group_tests_name("offline", offline, NULL, NULL);
	return rc | cmocka_run_group_tests_name("live", live, live_setup, live_teardown);
}
