/*
 * test_aws_client.c: the AWS transport (provider/aws/transport/client.c,
 * protocols.c) against a scripted local server: retries (dropped
 * connection, 503 SlowDown, then success), the outcomes of a query call
 * with an XML answer (tolerated codes, a secret cut out of the message) and
 * AWS's timing; where requests go and how error answers are read are
 * test_aws_wire.c's, the live calls against moto test_aws_client_live.c's.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "provider/aws/transport/client.h"
#include "provider/aws/transport/client_internal.h"
#include "provider/aws/transport/xml.h"
#include "provider/base/progress.h"
#include "tests/unit/aws_client_support.h"

/* ---- retries against a scripted server ---- */

enum script_action { DROP_CONNECTION, RESPOND };

struct script_step {
	enum script_action action;
	const char *response;   /* the full HTTP response for RESPOND */
	int delay_s;            /* RESPOND this many seconds after the request came */
};

struct scripted_server {
	int listen_fd;
	int port;
	const struct script_step *steps;
	size_t n_steps;
	size_t served;
	char bodies[4][64];     /* request bodies seen, per connection */
	char first_request[2048];
	pthread_t thread;
};

/* Read one request (headers and Content-Length body); the body goes to body_out. */
static int read_request(int fd, char *head_out, size_t head_cap, char *body_out, size_t body_cap)
{
	char buf[8192];
	size_t len = 0;
	char *end = NULL;
	long content_length = 0;

	while (!end) {
		ssize_t got;
		if (len == sizeof(buf) - 1)
			return -1;
		got = read(fd, buf + len, sizeof(buf) - 1 - len);
		if (got <= 0)
			return -1;
		len += (size_t)got;
		buf[len] = '\0';
		end = strstr(buf, "\r\n\r\n");
	}
	for (char *p = buf; p < end; p = strstr(p, "\r\n") + 2)
		if (!strncasecmp(p, "content-length:", 15))
			content_length = strtol(p + 15, NULL, 10);
	end += 4;
	while ((long)(len - (size_t)(end - buf)) < content_length) {
		ssize_t got = read(fd, buf + len, sizeof(buf) - 1 - len);
		if (got <= 0)
			return -1;
		len += (size_t)got;
	}
	snprintf(head_out, head_cap, "%.*s", (int)(end - buf), buf);
	snprintf(body_out, body_cap, "%.*s", (int)content_length, end);
	return 0;
}

static void *scripted_server_run(void *arg)
{
	struct scripted_server *s = arg;

	for (size_t i = 0; i < s->n_steps; i++) {
		struct pollfd pfd = { .fd = s->listen_fd, .events = POLLIN };
		char head[2048];
		int fd;

		if (poll(&pfd, 1, 5000) != 1)
			break;
		fd = accept(s->listen_fd, NULL, NULL);
		if (fd < 0)
			break;
		if (read_request(fd, head, sizeof(head), s->bodies[i % 4], sizeof(s->bodies[0])) == 0) {
			if (i == 0)
				snprintf(s->first_request, sizeof(s->first_request), "%s", head);
			if (s->steps[i].action == RESPOND) {
				const char *r = s->steps[i].response;
				if (s->steps[i].delay_s)
					sleep((unsigned)s->steps[i].delay_s);
				ssize_t ignored = write(fd, r, strlen(r));
				(void)ignored;
			}
		}
		s->served = i + 1;
		close(fd);
	}
	return NULL;
}

static int listen_on_free_port(int *port)
{
	struct sockaddr_in addr = { .sin_family = AF_INET };
	socklen_t addr_len = sizeof(addr);
	int fd = socket(AF_INET, SOCK_STREAM, 0), one = 1;

	assert_true(fd >= 0);
	setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	assert_int_equal(bind(fd, (struct sockaddr *)&addr, sizeof(addr)), 0);
	assert_int_equal(listen(fd, 8), 0);
	assert_int_equal(getsockname(fd, (struct sockaddr *)&addr, &addr_len), 0);
	*port = ntohs(addr.sin_port);
	return fd;
}

static void scripted_server_start(struct scripted_server *s, const struct script_step *steps,
				  size_t n_steps)
{
	memset(s, 0, sizeof(*s));
	s->steps = steps;
	s->n_steps = n_steps;
	s->listen_fd = listen_on_free_port(&s->port);
	assert_int_equal(pthread_create(&s->thread, NULL, scripted_server_run, s), 0);
}

static void scripted_server_stop(struct scripted_server *s)
{
	pthread_join(s->thread, NULL);
	close(s->listen_fd);
}

#define S3_NO_CONTENT "HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n"
#define SLOW_DOWN_BODY "<Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>"
#define LIMIT_BODY "<Error><Code>LimitExceededException</Code><Message>Too many roles</Message></Error>"

static const struct script_step drop_slowdown_ok[] = {
	{ DROP_CONNECTION, NULL },
	{ RESPOND, "HTTP/1.1 503 Slow Down\r\nContent-Type: application/xml\r\n"
		   "Connection: close\r\nContent-Length: 87\r\n\r\n" SLOW_DOWN_BODY },
	{ RESPOND, "HTTP/1.1 200 OK\r\nx-amz-request-id: OK3\r\nETag: \"e1\"\r\n"
		   "Connection: close\r\nContent-Length: 0\r\n\r\n" },
};

static void test_retry_after_drop_and_slowdown(void **state)
{
	struct scripted_server server;
	struct aws_client *c;
	char *endpoint;
	struct aws_header content_type = { .name = "Content-Type", .value = "text/plain" };
	struct aws_request req = {
		.service = "s3", .operation = "PutObject", .method = "PUT", .bucket = "lake",
		.path = "/k.txt", .headers = &content_type, .n_headers = 1,
		.body = "hello", .body_len = 5,
	};
	struct aws_response resp;
	struct strbuf err = STRBUF_INIT;
	int rc;

	(void)state;
	assert_int_equal(sizeof(SLOW_DOWN_BODY) - 1, 87);
	scripted_server_start(&server, drop_slowdown_ok, 3);
	endpoint = xasprintf("http://127.0.0.1:%d", server.port);
	c = new_client(endpoint, true, "us-east-1", 3);
	rc = aws_send(c, &req, &resp, &err);
	scripted_server_stop(&server);
	if (rc)
		fail_msg("aws_send: %s", err.buf);
	assert_int_equal(resp.attempts, 3);
	assert_int_equal(resp.status, 200);
	assert_string_equal(resp.request_id, "OK3");
	assert_string_equal(aws_response_header(&resp, "ETag"), "\"e1\"");
	assert_int_equal(server.served, 3);
	/* The body went out again on every attempt, and the request was signed. */
	for (int i = 0; i < 3; i++)
		assert_string_equal(server.bodies[i], "hello");
	assert_non_null(strstr(server.first_request, "PUT /lake/k.txt HTTP/1.1\r\n"));
	assert_non_null(strstr(server.first_request, "Authorization: AWS4-HMAC-SHA256 "
						     "Credential=AKIDTESTING/"));
	assert_non_null(strstr(server.first_request, "x-amz-content-sha256: "
		"2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824\r\n"));
	assert_non_null(strstr(server.first_request, "Host: 127.0.0.1:"));
	assert_null(strstr(server.first_request, "testing-secret"));
	/* Two full-jitter pauses of at most 100 and 200 ms: what the client
	 * chose, not the wall time, which a loaded machine stretches. */
	assert_true(resp.backoff_s >= 0 && resp.backoff_s <= 0.3 + 1e-9);
	aws_response_free(&resp);
	aws_client_free(c);
	free(endpoint);
	strbuf_release(&err);
}

static const struct script_step drop_then_ok[] = {
	{ DROP_CONNECTION, NULL },
	{ RESPOND, "HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 0\r\n\r\n" },
};

static void test_retry_resends_body_file(void **state)
{
	struct scripted_server server;
	struct aws_config cfg = {
		.region = "eu-west-1", .access_key_id = "AKIDTESTING",
		.secret_access_key = "testing-secret", .session_token = "session-token-value",
		.path_style = true, .max_attempts = 2,
	};
	struct aws_client *c;
	char *endpoint, file_path[] = "/tmp/terrace-retry-XXXXXX";
	struct aws_request req = {
		.service = "s3", .operation = "PutObject", .method = "PUT", .bucket = "lake",
		.path = "/f", .body_file = file_path,
	};
	struct aws_response resp;
	struct strbuf err = STRBUF_INIT;
	int fd, rc;

	(void)state;
	fd = mkstemp(file_path);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, "file body", 9), 9);
	close(fd);
	scripted_server_start(&server, drop_then_ok, 2);
	endpoint = xasprintf("http://127.0.0.1:%d", server.port);
	cfg.endpoint = endpoint;
	assert_int_equal(aws_client_new(&cfg, &c, &err), 0);
	rc = aws_send(c, &req, &resp, &err);
	scripted_server_stop(&server);
	unlink(file_path);
	if (rc)
		fail_msg("aws_send: %s", err.buf);
	assert_int_equal(resp.attempts, 2);
	assert_string_equal(server.bodies[0], "file body");
	assert_string_equal(server.bodies[1], "file body");
	/* sha256("file body"), and the session token goes along. */
	assert_non_null(strstr(server.first_request, "x-amz-content-sha256: "
		"15e470ec647ae0e6734ec2a397d8be444063aebab70fb6775c1a1e5f042b0ae6\r\n"));
	assert_non_null(strstr(server.first_request, "X-Amz-Security-Token: session-token-value\r\n"));
	assert_non_null(strstr(server.first_request, "/eu-west-1/s3/aws4_request"));
	aws_response_free(&resp);
	aws_client_free(c);
	free(endpoint);
	strbuf_release(&err);
}

static const struct script_step not_transient[] = {
	{ RESPOND, "HTTP/1.1 409 Conflict\r\nContent-Type: text/xml\r\nx-amzn-RequestId: L1\r\n"
		   "Connection: close\r\nContent-Length: 83\r\n\r\n" LIMIT_BODY },
};

/* ---- AWS's timing (timing.h): waited out by the transport ---- */

#define VPC_NOT_FOUND_BODY "<Response><Errors><Error><Code>InvalidVpcID.NotFound</Code>" \
	"<Message>The vpc ID 'vpc-0a1b2c3d' does not exist</Message></Error></Errors>" \
	"<RequestID>R1</RequestID></Response>"
#define VPC_NOT_FOUND "HTTP/1.1 400 Bad Request\r\nContent-Type: text/xml\r\n" \
	"Connection: close\r\nContent-Length: 171\r\n\r\n" VPC_NOT_FOUND_BODY
#define VPC_FOUND "HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nConnection: close\r\n" \
	"Content-Length: 11\r\n\r\n<Response/>"

static const struct script_step not_found_twice[] = {
	{ RESPOND, VPC_NOT_FOUND }, { RESPOND, VPC_NOT_FOUND }, { RESPOND, VPC_FOUND },
};

/* A client of the scripted server with these waits (0: the default, -1:
 * off). */
static struct aws_client *waits_client(const char *endpoint, int consistency_s,
				       int propagation_s)
{
	struct aws_config cfg = {
		.region = "us-east-1", .access_key_id = "AKIDTESTING",
		.secret_access_key = "testing-secret", .endpoint = endpoint, .max_attempts = 2,
		.timing = { .consistency_s = consistency_s, .propagation_s = propagation_s },
	};
	struct aws_client *c;
	struct strbuf err = STRBUF_INIT;

	if (aws_client_new(&cfg, &c, &err))
		fail_msg("aws_client_new: %s", err.buf);
	strbuf_release(&err);
	return c;
}

static struct aws_client *timing_client(const char *endpoint, int consistency_s)
{
	return waits_client(endpoint, consistency_s, 0);
}

static int describe_vpc(struct aws_client *c, const char *id, struct aws_response *resp,
			struct strbuf *err)
{
	json_t *p = json_pack("{s:s}", "VpcId.1", id);
	int rc = aws_query_call(c, &aws_service_ec2, "DescribeVpcs", p, resp, err);

	json_decref(p);
	return rc;
}

/* A VPC the client made moments ago answers NotFound while EC2 catches up:
 * read again, not counted against max_attempts (2 here), until it shows. */
static void test_new_id_not_found_is_waited_out(void **state)
{
	struct scripted_server server;
	struct aws_response resp;
	struct strbuf err = STRBUF_INIT;
	char *endpoint;
	struct aws_client *c;

	(void)state;
	assert_int_equal(sizeof(VPC_NOT_FOUND_BODY) - 1, 171);
	scripted_server_start(&server, not_found_twice, 3);
	endpoint = xasprintf("http://127.0.0.1:%d", server.port);
	c = timing_client(endpoint, 30);
	aws_client_note_made(c, "vpc-0a1b2c3d");
	if (describe_vpc(c, "vpc-0a1b2c3d", &resp, &err))
		fail_msg("DescribeVpcs: %s", err.buf);
	scripted_server_stop(&server);
	assert_int_equal(server.served, 3);
	assert_int_equal(resp.attempts, 3);
	assert_int_equal(resp.status, 200);
	aws_response_free(&resp);
	aws_client_free(c);
	free(endpoint);
	strbuf_release(&err);
}

/* An id this client did not make, or one it deleted since: NotFound is the
 * answer at once (a refresh of what was deleted outside terrace). */
static void test_old_id_not_found_is_believed(void **state)
{
	struct scripted_server server;
	struct aws_response resp;
	struct strbuf err = STRBUF_INIT;
	char *endpoint;
	struct aws_client *c;

	(void)state;
	scripted_server_start(&server, not_found_twice, 1);
	endpoint = xasprintf("http://127.0.0.1:%d", server.port);
	c = timing_client(endpoint, 30);
	aws_client_note_made(c, "vpc-0a1b2c3d0");  /* another id: a longer one */
	assert_int_equal(describe_vpc(c, "vpc-0a1b2c3d", &resp, &err), -1);
	scripted_server_stop(&server);
	assert_int_equal(server.served, 1);
	assert_string_equal(resp.error_code, "InvalidVpcID.NotFound");
	assert_string_equal(err.buf, "ec2 DescribeVpcs: HTTP 400 InvalidVpcID.NotFound: The vpc ID "
				     "'vpc-0a1b2c3d' does not exist (request id R1)");
	aws_response_free(&resp);
	aws_client_free(c);
	free(endpoint);
	strbuf_release(&err);
}

static const struct script_step not_found_always[] = {
	{ RESPOND, VPC_NOT_FOUND }, { RESPOND, VPC_NOT_FOUND }, { RESPOND, VPC_NOT_FOUND },
	{ RESPOND, VPC_NOT_FOUND },
};

/* The wait is bounded by consistency_timeout, and the error says so. */
static void test_new_id_wait_is_bounded(void **state)
{
	struct scripted_server server;
	struct aws_response resp;
	struct strbuf err = STRBUF_INIT;
	char *endpoint;
	struct aws_client *c;

	(void)state;
	scripted_server_start(&server, not_found_always, 4);
	endpoint = xasprintf("http://127.0.0.1:%d", server.port);
	c = timing_client(endpoint, 2);
	aws_client_note_made(c, "vpc-0a1b2c3d");
	assert_int_equal(describe_vpc(c, "vpc-0a1b2c3d", &resp, &err), -1);
	scripted_server_stop(&server);
	/* Pauses of 1 s then 1.5 s: the second would pass the 2 s. */
	assert_int_equal(server.served, 2);
	assert_non_null(strstr(err.buf, "HTTP 400 InvalidVpcID.NotFound"));
	assert_non_null(strstr(err.buf, "(still refused after waiting 1 s for an object made moments "
					"ago to be visible; consistency_timeout "
					"(TERRACE_AWS_CONSISTENCY_TIMEOUT) is 2 s)"));
	aws_response_free(&resp);
	aws_client_free(c);
	free(endpoint);
	strbuf_release(&err);
}

/* Firehose's answer to a role it cannot assume yet (or ever). */
#define FH_REFUSED_BODY "{\"__type\":\"InvalidArgumentException\",\"message\":\"Firehose is " \
	"unable to assume role arn:aws:iam::123456789012:role/fh-writer. Please check the role " \
	"provided.\"}"
#define FH_REFUSED "HTTP/1.1 400 Bad Request\r\nContent-Type: application/x-amz-json-1.1\r\n" \
	"Connection: close\r\nContent-Length: 157\r\n\r\n" FH_REFUSED_BODY
/* The trust policy a role Firehose takes is written with, as the stack
 * writes it, and one that trusts another service only. */
#define FH_TRUST "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", " \
	"\"Principal\": {\"Service\": \"firehose.amazonaws.com\"}, \"Action\": \"sts:AssumeRole\"}]}"
#define LAMBDA_TRUST "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", " \
	"\"Principal\": {\"Service\": \"lambda.amazonaws.com\"}, \"Action\": \"sts:AssumeRole\"}]}"
#define FH_CREATED "HTTP/1.1 200 OK\r\nContent-Type: application/x-amz-json-1.1\r\n" \
	"Connection: close\r\nContent-Length: 2\r\n\r\n{}"

static const struct script_step fh_refused_twice[] = {
	{ RESPOND, FH_REFUSED }, { RESPOND, FH_REFUSED }, { RESPOND, FH_CREATED },
};

/* CreateDeliveryStream naming role fh-writer and bucket fh-lake. */
static int create_stream(struct aws_client *c, int *attempts, struct strbuf *err)
{
	json_t *in = json_pack("{s:s, s:{s:s, s:s}}", "DeliveryStreamName", "fh",
			       "ExtendedS3DestinationConfiguration", "RoleARN",
			       "arn:aws:iam::123456789012:role/fh-writer", "BucketARN",
			       "arn:aws:s3:::fh-lake");
	int rc = aws_json_call_codes(c, &aws_service_firehose,
				     "CreateDeliveryStream", in, NULL, NULL, NULL, attempts, err);

	json_decref(in);
	return rc;
}

/* A role this client made moments ago (its trust new): Firehose's refusal
 * to assume it is IAM catching up, asked again until it is not. */
static void test_new_role_refusal_is_waited_out(void **state)
{
	struct scripted_server server;
	struct strbuf err = STRBUF_INIT;
	char *endpoint;
	struct aws_client *c;
	int attempts = 0;

	(void)state;
	assert_int_equal(sizeof(FH_REFUSED_BODY) - 1, 157);
	scripted_server_start(&server, fh_refused_twice, 3);
	endpoint = xasprintf("http://127.0.0.1:%d", server.port);
	c = waits_client(endpoint, 30, 30);
	aws_client_note_role_grant(c, "fh-writer", FH_TRUST);
	if (create_stream(c, &attempts, &err))
		fail_msg("CreateDeliveryStream: %s", err.buf);
	scripted_server_stop(&server);
	assert_int_equal(server.served, 3);
	assert_int_equal(attempts, 3);
	aws_client_free(c);
	free(endpoint);
	strbuf_release(&err);
}

/* A role this client did not make, though it made the bucket the request
 * names (and the role under another kind of note, as an object only):
 * the refusal names the role, and is the answer at once. */
static void test_refusal_of_role_not_made_is_believed(void **state)
{
	struct scripted_server server;
	struct strbuf err = STRBUF_INIT;
	char *endpoint;
	struct aws_client *c;
	int attempts = 0;

	(void)state;
	scripted_server_start(&server, fh_refused_twice, 1);
	endpoint = xasprintf("http://127.0.0.1:%d", server.port);
	c = waits_client(endpoint, 30, 30);
	aws_client_note_made(c, "fh-lake");
	aws_client_note_grant(c, "fh-lake");
	aws_client_note_made(c, "fh-writer");
	aws_client_note_grant(c, "fh-writer2");
	assert_int_equal(create_stream(c, &attempts, &err), -1);
	scripted_server_stop(&server);
	assert_int_equal(server.served, 1);
	assert_int_equal(attempts, 1);
	assert_string_equal(err.buf, "firehose CreateDeliveryStream: HTTP 400 "
				     "InvalidArgumentException: Firehose is unable to assume role "
				     "arn:aws:iam::123456789012:role/fh-writer. Please check the role "
				     "provided.");
	aws_client_free(c);
	free(endpoint);
	strbuf_release(&err);
}

/* A role this client made moments ago whose trust does not name Firehose,
 * or noted with no trust at all: Firehose refuses it for good (timing.h,
 * trusting), so the refusal is the answer at once. */
static void test_refusal_of_role_not_trusting_is_believed(void **state)
{
	struct scripted_server server;
	struct strbuf err = STRBUF_INIT;
	char *endpoint;
	struct aws_client *c;
	int attempts = 0;

	(void)state;
	for (int with_trust = 0; with_trust < 2; with_trust++) {
		attempts = 0;
		strbuf_reset(&err);
		scripted_server_start(&server, fh_refused_twice, 1);
		endpoint = xasprintf("http://127.0.0.1:%d", server.port);
		c = waits_client(endpoint, 30, 30);
		if (with_trust)
			aws_client_note_role_grant(c, "fh-writer", LAMBDA_TRUST);
		else
			aws_client_note_grant(c, "fh-writer");
		assert_int_equal(create_stream(c, &attempts, &err), -1);
		scripted_server_stop(&server);
		assert_int_equal(server.served, 1);
		assert_int_equal(attempts, 1);
		assert_non_null(strstr(err.buf, "Firehose is unable to assume role"));
		aws_client_free(c);
		free(endpoint);
	}
	strbuf_release(&err);
}

static const struct script_step role_policy_deleted_then_refused[] = {
	{ RESPOND, VPC_FOUND }, { RESPOND, FH_REFUSED }, { RESPOND, FH_CREATED },
};

/* A delete naming the role (its old inline policy's DeleteRolePolicy,
 * after the new one was written) does not end the wait for its grant: the
 * role is still there, and its new policy still on its way. */
static void test_grant_outlives_a_delete_naming_it(void **state)
{
	struct scripted_server server;
	struct aws_response resp;
	struct strbuf err = STRBUF_INIT;
	json_t *p = json_pack("{s:s, s:s}", "RoleName", "fh-writer", "PolicyName", "old");
	char *endpoint;
	struct aws_client *c;

	(void)state;
	scripted_server_start(&server, role_policy_deleted_then_refused, 3);
	endpoint = xasprintf("http://127.0.0.1:%d", server.port);
	c = waits_client(endpoint, 30, 30);
	aws_client_note_made(c, "fh-writer");
	aws_client_note_role_grant(c, "fh-writer", FH_TRUST);
	if (aws_query_call(c, &aws_service_iam, "DeleteRolePolicy", p, &resp, &err))
		fail_msg("DeleteRolePolicy: %s", err.buf);
	aws_response_free(&resp);
	if (create_stream(c, NULL, &err))
		fail_msg("CreateDeliveryStream: %s", err.buf);
	scripted_server_stop(&server);
	assert_int_equal(server.served, 3);
	json_decref(p);
	aws_client_free(c);
	free(endpoint);
	strbuf_release(&err);
}

/* A grant's note holds for propagation_timeout: with it off, nothing is
 * noted or waited. */
static void test_grant_wait_off(void **state)
{
	struct scripted_server server;
	struct strbuf err = STRBUF_INIT;
	char *endpoint;
	struct aws_client *c;

	(void)state;
	scripted_server_start(&server, fh_refused_twice, 1);
	endpoint = xasprintf("http://127.0.0.1:%d", server.port);
	c = waits_client(endpoint, 30, -1);
	aws_client_note_role_grant(c, "fh-writer", FH_TRUST);
	assert_int_equal(create_stream(c, NULL, &err), -1);
	scripted_server_stop(&server);
	assert_int_equal(server.served, 1);
	aws_client_free(c);
	free(endpoint);
	strbuf_release(&err);
}

#define THROTTLED "HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/xml\r\n" \
	"Connection: close\r\nContent-Length: 153\r\n\r\n<Response><Errors><Error><Code>" \
	"RequestLimitExceeded</Code><Message>Request limit exceeded.</Message></Error></Errors>" \
	"<RequestID>T1</RequestID></Response>"

static const struct script_step throttled_four_times[] = {
	{ RESPOND, THROTTLED }, { RESPOND, THROTTLED }, { RESPOND, THROTTLED },
	{ RESPOND, THROTTLED }, { RESPOND, VPC_FOUND },
};

/* Throttling slows the call down and never fails it within its deadline:
 * max_attempts (2 here) counts failures, not throttling answers. */
static void test_throttling_is_not_a_failure(void **state)
{
	struct scripted_server server;
	struct aws_response resp;
	struct strbuf err = STRBUF_INIT;
	char *endpoint;
	struct aws_client *c;

	(void)state;
	scripted_server_start(&server, throttled_four_times, 5);
	endpoint = xasprintf("http://127.0.0.1:%d", server.port);
	c = timing_client(endpoint, 30);
	if (describe_vpc(c, "vpc-0a1b2c3d", &resp, &err))
		fail_msg("DescribeVpcs: %s", err.buf);
	scripted_server_stop(&server);
	assert_int_equal(server.served, 5);
	assert_int_equal(resp.attempts, 5);
	aws_response_free(&resp);
	aws_client_free(c);
	free(endpoint);
	strbuf_release(&err);
}

/* A client whose throttled calls count (the state backend's: a state write
 * gives up, so that an apply whose state cannot be written stops, issue
 * 77): max_attempts (2 here) throttling answers end the call, failed. */
static void test_throttling_counts_when_asked(void **state)
{
	struct scripted_server server;
	struct aws_response resp;
	struct strbuf err = STRBUF_INIT;
	char *endpoint;
	struct aws_client *c;

	(void)state;
	scripted_server_start(&server, throttled_four_times, 5);
	endpoint = xasprintf("http://127.0.0.1:%d", server.port);
	struct aws_config cfg = {
		.region = "us-east-1", .access_key_id = "AKIDTESTING",
		.secret_access_key = "testing-secret", .endpoint = endpoint, .max_attempts = 2,
		.throttling_counts = true,
	};
	if (aws_client_new(&cfg, &c, &err))
		fail_msg("aws_client_new: %s", err.buf);
	assert_int_equal(describe_vpc(c, "vpc-0a1b2c3d", &resp, &err), -1);
	scripted_server_stop(&server);
	assert_int_equal(server.served, 2);
	assert_int_equal(resp.attempts, 2);
	assert_non_null(strstr(err.buf, "RequestLimitExceeded"));
	aws_response_free(&resp);
	aws_client_free(c);
	free(endpoint);
	strbuf_release(&err);
}

/* A listing client (aws_client_for_listing: sweep's) of a client whose
 * throttled calls do not count gives up after max_attempts (2) throttling
 * answers, and the thread's last failure says throttled; its base client
 * still waits the throttling out (5 answers, the fifth a success). */
static void test_listing_client_gives_up_throttled(void **state)
{
	struct scripted_server server;
	struct aws_response resp;
	struct strbuf err = STRBUF_INIT;
	char *endpoint;
	struct aws_client *c;

	(void)state;
	scripted_server_start(&server, throttled_four_times, 5);
	endpoint = xasprintf("http://127.0.0.1:%d", server.port);
	struct aws_config cfg = {
		.region = "us-east-1", .access_key_id = "AKIDTESTING",
		.secret_access_key = "testing-secret", .endpoint = endpoint, .max_attempts = 2,
	};
	if (aws_client_new(&cfg, &c, &err))
		fail_msg("aws_client_new: %s", err.buf);
	struct aws_client *listing = aws_client_for_listing(c);
	aws_failure_forget();
	assert_false(aws_failure_last().failed);
	assert_int_equal(describe_vpc(listing, "vpc-0a1b2c3d", &resp, &err), -1);
	assert_int_equal(resp.attempts, 2);
	struct aws_failure why = aws_failure_last();
	assert_true(why.failed);
	assert_int_equal(why.status, 503);
	assert_string_equal(why.code, "RequestLimitExceeded");
	assert_int_equal(why.kind, AWS_THROTTLED);
	aws_response_free(&resp);
	aws_client_free(listing);
	strbuf_reset(&err);
	/* The base client: the three answers left, the last a success. */
	if (describe_vpc(c, "vpc-0a1b2c3d", &resp, &err))
		fail_msg("DescribeVpcs: %s", err.buf);
	scripted_server_stop(&server);
	assert_int_equal(server.served, 5);
	aws_response_free(&resp);
	aws_client_free(c);
	free(endpoint);
	strbuf_release(&err);
}

/* Every row of the table that tells a failure's kind (errors.c): each
 * documented code, a status alone, an endpoint that does not resolve, and
 * what is none of them (credentials refused, a 5xx, a bad request). */
static void test_failure_kinds(void **state)
{
	static const struct { long status; const char *code; bool no_host;
			      enum aws_failure_kind kind; } rows[] = {
		{ 403, "AccessDenied", false, AWS_DENIED },
		{ 400, "AccessDeniedException", false, AWS_DENIED },
		{ 403, "UnauthorizedOperation", false, AWS_DENIED },
		{ 400, "NotAuthorized", false, AWS_DENIED },
		{ 400, "NotAuthorizedException", false, AWS_DENIED },
		{ 403, "AuthorizationError", false, AWS_DENIED },
		{ 400, "Blocked", false, AWS_DENIED },
		{ 403, "Forbidden", false, AWS_DENIED },          /* a 403 without a body */
		{ 403, "OptInRequired", false, AWS_NOT_OFFERED },
		{ 400, "OptInRequiredException", false, AWS_NOT_OFFERED },
		{ 400, "SubscriptionRequiredException", false, AWS_NOT_OFFERED },
		{ 401, "PendingVerification", false, AWS_NOT_OFFERED },
		{ 0, NULL, true, AWS_NOT_OFFERED },
		{ 400, "InvalidAction", false, AWS_UNKNOWN_OPERATION },
		{ 400, "UnknownOperationException", false, AWS_UNKNOWN_OPERATION },
		{ 404, "UnknownOperation", false, AWS_UNKNOWN_OPERATION },
		{ 400, "UnsupportedOperation", false, AWS_UNKNOWN_OPERATION },
		{ 400, "UnsupportedOperationException", false, AWS_UNKNOWN_OPERATION },
		{ 501, "NotImplemented", false, AWS_UNKNOWN_OPERATION },
		{ 501, NULL, false, AWS_UNKNOWN_OPERATION },
		{ 429, NULL, false, AWS_THROTTLED },
		{ 400, "ThrottlingException", false, AWS_THROTTLED },
		{ 503, "SlowDown", false, AWS_THROTTLED },
		{ 503, "RequestLimitExceeded", false, AWS_THROTTLED },
		{ 403, "InvalidClientTokenId", false, AWS_FAILED },
		{ 403, "SignatureDoesNotMatch", false, AWS_FAILED },
		{ 400, "ExpiredToken", false, AWS_FAILED },
		{ 400, "UnrecognizedClientException", false, AWS_FAILED },
		{ 404, "Forbidden", false, AWS_FAILED },          /* "Forbidden" means 403 only */
		{ 500, "InternalFailure", false, AWS_FAILED },
		{ 500, NULL, false, AWS_FAILED },
		{ 0, NULL, false, AWS_FAILED },                    /* no answer */
		{ 400, "ValidationException", false, AWS_FAILED },
		{ 400, "LimitExceededException", false, AWS_FAILED },
	};
	(void)state;
	for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
		enum aws_failure_kind kind = aws_failure_kind_of(rows[i].status, rows[i].code,
								  rows[i].no_host);
		if (kind != rows[i].kind)
			fail_msg("HTTP %ld %s%s: kind %d, want %d", rows[i].status,
				 rows[i].code ? rows[i].code : "(no code)",
				 rows[i].no_host ? " (no host)" : "", kind, rows[i].kind);
		assert_int_equal(aws_failure_kind_final(kind), kind == AWS_DENIED ||
				 kind == AWS_NOT_OFFERED || kind == AWS_UNKNOWN_OPERATION);
		assert_non_null(aws_failure_kind_text(kind));
	}
}

static void test_no_retry_on_limit_exceeded(void **state)
{
	struct scripted_server server;
	struct aws_client *c;
	char *endpoint;
	struct aws_response resp;
	struct strbuf err = STRBUF_INIT;

	(void)state;
	assert_int_equal(sizeof(LIMIT_BODY) - 1, 83);
	scripted_server_start(&server, not_transient, 1);
	endpoint = xasprintf("http://127.0.0.1:%d", server.port);
	c = new_client(endpoint, true, "us-east-1", 4);
	assert_int_equal(aws_query_call(c, &aws_service_iam, "CreateRole", NULL, &resp, &err), -1);
	scripted_server_stop(&server);
	assert_int_equal(resp.attempts, 1);
	assert_int_equal(resp.status, 409);
	assert_string_equal(err.buf, "iam CreateRole: HTTP 409 LimitExceededException: "
				     "Too many roles (request id L1)");
	assert_string_equal(server.bodies[0], "Action=CreateRole&Version=2010-05-08");
	aws_response_free(&resp);
	aws_client_free(c);
	free(endpoint);
	strbuf_release(&err);
}

#define JSON_OK "HTTP/1.1 200 OK\r\nContent-Type: application/x-amz-json-1.1\r\n" \
	"Connection: close\r\nContent-Length: 12\r\n\r\n{\"JobId\": 1}"
#define JSON_THROTTLED "HTTP/1.1 400 Bad Request\r\nContent-Type: application/x-amz-json-1.1\r\n" \
	"Connection: close\r\nContent-Length: 33\r\n\r\n{\"__type\": \"ThrottlingException\"}"
#define JSON_500 "HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/x-amz-json-1.1\r\n" \
	"Connection: close\r\nContent-Length: 29\r\n\r\n{\"__type\": \"InternalFailure\"}"

static const struct script_step drop_once[] = { { DROP_CONNECTION, NULL } };
static const struct script_step throttled_then_ok[] = {
	{ RESPOND, JSON_THROTTLED }, { RESPOND, JSON_OK },
};
static const struct script_step server_error[] = { { RESPOND, JSON_500 } };

/* A request sent `once` (aws_json_call_once): one whose answer is lost
 * after it went out, or that answered 5xx, is not sent again and says its
 * outcome is unknown; one throttled is (it was not carried out). */
static void test_once_is_never_resent(void **state)
{
	const struct { const struct script_step *steps; size_t n; int rc; bool unknown; } cases[] = {
		{ drop_once, 1, -1, true },
		{ server_error, 1, -1, true },
		{ throttled_then_ok, 2, 0, false },
	};

	(void)state;
	assert_int_equal(sizeof("{\"__type\": \"ThrottlingException\"}") - 1, 33);
	assert_int_equal(sizeof("{\"__type\": \"InternalFailure\"}") - 1, 29);
	for (size_t i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		struct scripted_server server;
		struct strbuf err = STRBUF_INIT;
		json_t *out = NULL;
		bool unknown = !cases[i].unknown;
		char *endpoint;
		struct aws_client *c;
		int rc;

		scripted_server_start(&server, cases[i].steps, cases[i].n);
		endpoint = xasprintf("http://127.0.0.1:%d", server.port);
		c = new_client(endpoint, true, "us-east-1", 4);
		rc = aws_json_call_once(c, &aws_service_glue, "StartJobRun", NULL, &out,
					&unknown, &err);
		scripted_server_stop(&server);
		if (rc != cases[i].rc)
			fail_msg("case %zu: %d: %s", i, rc, err.buf);
		assert_int_equal(unknown, cases[i].unknown);
		assert_int_equal(server.served, cases[i].n);
		if (cases[i].unknown)
			assert_non_null(strstr(err.buf, "(it may have been carried out: not sent "
							 "again, as a resend could carry it out twice)"));
		else
			assert_int_equal(json_integer_value(json_object_get(out, "JobId")), 1);
		json_decref(out);
		aws_client_free(c);
		free(endpoint);
		strbuf_release(&err);
	}
}

struct op_call {
	struct aws_client *c;
	int rc;
};

/* One call through k->c, sent once (never resent: one server step each). */
static void *op_call_run(void *arg)
{
	struct op_call *k = arg;
	struct strbuf err = STRBUF_INIT;
	json_t *out = NULL;
	bool unknown;

	k->rc = aws_json_call_once(k->c, &aws_service_glue, "StartJobRun", NULL, &out,
				   &unknown, &err);
	json_decref(out);
	strbuf_release(&err);
	return NULL;
}

/* What a call tells beyond its answer goes to the operation it is a call
 * of (aws_client_for_op's result), not to its thread: a lost answer of one
 * operation's call leaves another operation of the same thread, and a call
 * of no operation, unmarked; a call from another thread (a multipart
 * upload's part) marks its own operation; a note goes to its operation
 * only. */
static void test_op_result_belongs_to_its_operation(void **state)
{
	struct op_result a = { 0 }, b = { 0 };
	struct scripted_server server;
	struct aws_client *c, *op_a, *op_b;
	struct op_call k;
	pthread_t t;
	char *endpoint;

	(void)state;
	/* one server for the three calls: a lost answer, an answer, a lost one */
	static const struct script_step steps[] = {
		{ DROP_CONNECTION, NULL }, { RESPOND, JSON_OK }, { DROP_CONNECTION, NULL },
		{ DROP_CONNECTION, NULL },
	};
	scripted_server_start(&server, steps, 4);
	endpoint = xasprintf("http://127.0.0.1:%d", server.port);
	c = new_client(endpoint, true, "us-east-1", 4);
	op_a = aws_client_for_op(c, &a);
	op_b = aws_client_for_op(c, &b);

	k = (struct op_call){ op_a, 0 };
	op_call_run(&k);
	assert_int_equal(k.rc, -1);
	assert_true(atomic_load(&a.outcome_unknown));
	assert_false(atomic_load(&b.outcome_unknown));

	k = (struct op_call){ op_b, -1 };
	op_call_run(&k);
	assert_int_equal(k.rc, 0);
	assert_false(atomic_load(&b.outcome_unknown));

	/* a call of no operation, on the same thread, marks none */
	atomic_store(&a.outcome_unknown, false);
	k = (struct op_call){ c, 0 };
	op_call_run(&k);
	assert_int_equal(k.rc, -1);
	assert_false(atomic_load(&a.outcome_unknown));
	assert_false(atomic_load(&b.outcome_unknown));

	/* a call of b's operation from another thread marks b */
	k = (struct op_call){ op_b, 0 };
	assert_int_equal(pthread_create(&t, NULL, op_call_run, &k), 0);
	pthread_join(t, NULL);
	assert_int_equal(k.rc, -1);
	assert_true(atomic_load(&b.outcome_unknown));
	assert_false(atomic_load(&a.outcome_unknown));
	scripted_server_stop(&server);
	assert_int_equal(server.served, 4);

	aws_client_note_for_user(op_a, "deletion scheduled");
	aws_client_note_for_user(c, "nobody's");
	assert_string_equal(a.note, "deletion scheduled");
	assert_null(b.note);
	/* an operation's client speaks for c; c outlives it */
	assert_ptr_equal(aws_client_shared(op_a), c);
	assert_string_equal(aws_client_region(op_a), "us-east-1");
	aws_client_free(op_a);
	aws_client_free(op_b);
	assert_string_equal(aws_client_region(c), "us-east-1");
	aws_client_free(c);
	op_result_release(&a);
	op_result_release(&b);
	free(endpoint);
}

static bool abandon_now(void)
{
	return true;
}

/* A request whose answer comes when what it started has ended
 * (StartSyncExecution): answer_within_s keeps it waiting past read_timeout
 * (without it, the silent server is given up on: may have been carried
 * out); abandon cuts it, once sent, as an interrupt does, and the call says
 * it was interrupted and may have been carried out. */
static void test_once_waits_or_is_abandoned(void **state)
{
	/* Past read_timeout and libcurl's window of its speed (5 s), which still
	 * holds the request's bytes; the abandoned call is cut after 1.5 s. */
	static const struct script_step late[] = { { RESPOND, JSON_OK, 6 } };
	static const struct script_step later[] = { { RESPOND, JSON_OK, 3 } };
	const struct {
		const struct script_step *steps;
		int answer_within_s;
		bool (*abandon)(void);
		int rc;
		const char *says;
	} cases[] = {
		{ late, 0, NULL, -1, "(it may have been carried out: not sent again" },
		{ late, 10, NULL, 0, NULL },
		{ later, 10, abandon_now, -1, "states StartSyncExecution: interrupted after 1 attempt" },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		struct scripted_server server;
		struct strbuf err = STRBUF_INIT;
		json_t *out = NULL;
		bool unknown = false;
		struct aws_config cfg = {
			.region = "us-east-1", .access_key_id = "AKIDTESTING",
			.secret_access_key = "testing-secret", .max_attempts = 4,
			.read_timeout_s = 1,
		};
		const struct aws_request shape = {
			.service = "states", .operation = "StartSyncExecution", .once = true,
			.host_prefix = "sync-", .answer_within_s = cases[i].answer_within_s,
			.abandon = cases[i].abandon,
		};
		struct aws_client *c;
		char *endpoint;
		int rc;

		scripted_server_start(&server, cases[i].steps, 1);
		endpoint = xasprintf("http://127.0.0.1:%d", server.port);
		cfg.endpoint = endpoint;
		if (aws_client_new(&cfg, &c, &err))
			fail_msg("aws_client_new: %s", err.buf);
		rc = aws_json_call_as(c, &aws_service_sfn, &shape, NULL, &out, &unknown, &err);
		scripted_server_stop(&server);
		if (rc != cases[i].rc)
			fail_msg("case %zu: %d: %s", i, rc, err.buf);
		assert_int_equal(server.served, 1);
		assert_int_equal(unknown, rc != 0);
		if (cases[i].says && !strstr(err.buf, cases[i].says))
			fail_msg("case %zu: %s", i, err.buf);
		if (rc == 0)
			assert_int_equal(json_integer_value(json_object_get(out, "JobId")), 1);
		json_decref(out);
		aws_client_free(c);
		free(endpoint);
		strbuf_release(&err);
	}
}

/* An ordinary request keeps the operation deadline even when it is shorter
 * than the read timeout: only a request that asks for a longer answer
 * (answer_within_s) goes past it. (A change for StartSyncExecution had
 * given every request read_timeout past a shorter deadline: t0800's
 * silent server with operation_timeout 3 took 60 s.) */
static void test_deadline_shorter_than_read_timeout(void **state)
{
	static const struct script_step late[] = { { RESPOND, JSON_OK, 3 } };
	struct scripted_server server;
	struct strbuf err = STRBUF_INIT;
	json_t *out = NULL;
	bool unknown = false;
	struct aws_config cfg = {
		.region = "us-east-1", .access_key_id = "AKIDTESTING",
		.secret_access_key = "testing-secret", .max_attempts = 4,
		.read_timeout_s = 30, .operation_timeout_s = 1,
	};
	const struct aws_request shape = { .service = "glue", .operation = "GetJob" };
	struct aws_client *c;
	char *endpoint;
	int rc;

	(void)state;
	scripted_server_start(&server, late, 1);
	endpoint = xasprintf("http://127.0.0.1:%d", server.port);
	cfg.endpoint = endpoint;
	if (aws_client_new(&cfg, &c, &err))
		fail_msg("aws_client_new: %s", err.buf);
	rc = aws_json_call_as(c, &aws_service_glue, &shape, NULL, &out, &unknown, &err);
	scripted_server_stop(&server);
	assert_int_equal(rc, -1);
	if (!strstr(err.buf, "operation deadline reached"))
		fail_msg("%s", err.buf);
	json_decref(out);
	aws_client_free(c);
	free(endpoint);
	strbuf_release(&err);
}

static bool stop_is_asked(void)
{
	return true;
}

/* Once the providers are asked to stop (the second SIGINT/SIGTERM: the
 * first lets the operations in progress finish, issue 68) a request is cut
 * at once and not retried (with STOP_GRACE_S it got 1.5 s); the cleanup sent because of the stop
 * (after_stop: AbortMultipartUpload) keeps its deadline and its retries, so
 * a loaded server slower than the grace still gets it (before: CI's
 * test_stop_aborts found its abort cut on a loaded machine and the
 * upload's parts left). */
static void test_cleanup_outlives_a_stop(void **state)
{
	static const struct progress_sink stopping = { .stop_requested = stop_is_asked };
	static const struct script_step late[] = { { RESPOND, S3_NO_CONTENT, 3 } };
	static const struct script_step busy_then_ok[] = {
		{ RESPOND, "HTTP/1.1 503 Slow Down\r\nContent-Type: application/xml\r\n"
			   "Connection: close\r\nContent-Length: 87\r\n\r\n" SLOW_DOWN_BODY },
		{ RESPOND, S3_NO_CONTENT },
	};
	const struct {
		const struct script_step *steps;
		size_t n_steps;
		bool after_stop;
		int rc, attempts;
		const char *says;
	} cases[] = {
		{ late, 1, false, -1, 1, "interrupted" },
		{ late, 1, true, 0, 1, NULL },
		/* cut at once, or its 503 in first: one attempt, an error */
		{ busy_then_ok, 1, false, -1, 1, NULL },
		{ busy_then_ok, 2, true, 0, 2, NULL },
	};

	(void)state;
	progress_set_sink(&stopping);
	for (size_t i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		struct scripted_server server;
		struct strbuf err = STRBUF_INIT;
		struct aws_response resp;
		struct aws_request req = {
			.service = "s3", .operation = "AbortMultipartUpload", .method = "DELETE",
			.bucket = "lake", .path = "/big.bin", .query = "uploadId=u1",
			.after_stop = cases[i].after_stop,
		};
		struct aws_client *c;
		char *endpoint;
		int rc;

		scripted_server_start(&server, cases[i].steps, cases[i].n_steps);
		endpoint = xasprintf("http://127.0.0.1:%d", server.port);
		c = new_client(endpoint, true, "us-east-1", 3);
		rc = aws_send(c, &req, &resp, &err);
		scripted_server_stop(&server);
		if (rc != cases[i].rc || resp.attempts != cases[i].attempts)
			fail_msg("case %zu: %d after %d attempts: %s", i, rc, resp.attempts, err.buf);
		if (cases[i].says && !strstr(err.buf, cases[i].says))
			fail_msg("case %zu: %s", i, err.buf);
		if (rc == 0)
			assert_int_equal(resp.status, 204);
		aws_response_free(&resp);
		aws_client_free(c);
		free(endpoint);
		strbuf_release(&err);
	}
	progress_set_sink(NULL);
}

/* A server that keeps connections open: it answers the first request
 * (keep-alive), drops the connection on the second without answering, and
 * answers every later one; `requests` counts what it read. */
struct keepalive_server {
	int listen_fd, port, requests;
	int done;  /* set when the client's calls returned (atomic) */
	pthread_t thread;
};

static void *keepalive_server_run(void *arg)
{
	struct keepalive_server *s = arg;
	struct pollfd fds[4] = { { .fd = s->listen_fd, .events = POLLIN } };
	nfds_t n = 1;

	while (!__atomic_load_n(&s->done, __ATOMIC_SEQ_CST)) {
		if (poll(fds, n, 50) <= 0)
			continue;
		if (fds[0].revents & POLLIN) {
			int fd = accept(s->listen_fd, NULL, NULL);
			if (fd >= 0 && n < 4)
				fds[n++] = (struct pollfd){ .fd = fd, .events = POLLIN };
		}
		for (nfds_t i = 1; i < n; i++) {
			char head[2048], body[64];
			if (!(fds[i].revents & (POLLIN | POLLHUP)))
				continue;
			if (read_request(fds[i].fd, head, sizeof(head), body, sizeof(body))) {
				close(fds[i].fd);
				fds[i--] = fds[--n];
				continue;
			}
			if (++s->requests == 2) {
				close(fds[i].fd);
				fds[i--] = fds[--n];
				continue;
			}
			const char *ok = "HTTP/1.1 200 OK\r\nContent-Type: application/x-amz-json-1.1\r\n"
					 "Content-Length: 2\r\n\r\n{}";
			ssize_t ignored = write(fds[i].fd, ok, strlen(ok));
			(void)ignored;
		}
	}
	for (nfds_t i = 1; i < n; i++)
		close(fds[i].fd);
	return NULL;
}

/* libcurl resends a request by itself when the reused connection it went
 * out on dies without an answer; a request sent `once` goes out on a new
 * connection, so the server reads it once (before: twice, the resend
 * answered). */
static void test_once_not_resent_by_libcurl(void **state)
{
	struct keepalive_server server = { 0 };
	struct strbuf err = STRBUF_INIT;
	struct aws_client *c;
	char *endpoint;
	bool unknown = false;

	(void)state;
	server.listen_fd = listen_on_free_port(&server.port);
	assert_int_equal(pthread_create(&server.thread, NULL, keepalive_server_run, &server), 0);
	endpoint = xasprintf("http://127.0.0.1:%d", server.port);
	c = new_client(endpoint, true, "us-east-1", 4);
	if (aws_json_call_codes(c, &aws_service_glue, "GetJobRuns", NULL, NULL, NULL, NULL,
				NULL, &err))
		fail_msg("GetJobRuns: %s", err.buf);
	assert_int_equal(aws_json_call_once(c, &aws_service_glue, "StartJobRun", NULL, NULL,
					    &unknown, &err), -1);
	assert_true(unknown);
	__atomic_store_n(&server.done, 1, __ATOMIC_SEQ_CST);
	pthread_join(server.thread, NULL);
	close(server.listen_fd);
	assert_int_equal(server.requests, 2);
	aws_client_free(c);
	free(endpoint);
	strbuf_release(&err);
}

/* An HTTP response with a body, for a scripted server. */
static char *http_response(const char *status, const char *body)
{
	return xasprintf("HTTP/1.1 %s\r\nContent-Type: text/xml\r\nx-amzn-RequestId: Q1\r\n"
			 "Connection: close\r\nContent-Length: %zu\r\n\r\n%s",
			 status, strlen(body), body);
}

/* aws_query_call_xml: tolerated codes, the secret cut out of a message that
 * echoes it, the answer parsed, and an answer that is not XML. */
static void test_query_call_xml_outcomes(void **state)
{
	static const char *const tolerated[] = { "DBInstanceNotFound", "LimitExceededException",
						 NULL };
	char *responses[] = {
		http_response("409 Conflict", LIMIT_BODY),
		http_response("400 Bad Request", "<Error><Code>InvalidParameterValue</Code>"
				  "<Message>password hunter22 is too weak: hunter22</Message></Error>"),
		http_response("200 OK", "<R xmlns=\"x\"><Id>db-1</Id></R>"),
		http_response("200 OK", "not xml"),
	};
	struct script_step steps[4];
	struct scripted_server server;
	struct aws_client *c;
	struct strbuf err = STRBUF_INIT;
	const char *code = "unset";
	xmlDocPtr doc = NULL;
	char *endpoint, *id;
	int attempts = 0;

	(void)state;
	for (size_t i = 0; i < 4; i++)
		steps[i] = (struct script_step){ RESPOND, responses[i] };
	scripted_server_start(&server, steps, 4);
	endpoint = xasprintf("http://127.0.0.1:%d", server.port);
	c = new_client(endpoint, true, "us-east-1", 1);

	assert_int_equal(aws_query_call_xml(c, &aws_service_rds, "CreateDBInstance", NULL,
					    "hunter22", tolerated, &doc, &code, &attempts, &err), 1);
	assert_ptr_equal(code, tolerated[1]);
	assert_null(doc);
	assert_int_equal(attempts, 1);
	assert_int_equal(err.len, 0);

	assert_int_equal(aws_query_call_xml(c, &aws_service_rds, "ModifyDBInstance", NULL,
					    "hunter22", tolerated, NULL, &code, NULL, &err), -1);
	assert_null(code);
	assert_string_equal(err.buf, "rds ModifyDBInstance: HTTP 400 InvalidParameterValue: "
				     "password (sensitive value) is too weak: (sensitive value) "
				     "(request id Q1)");
	strbuf_reset(&err);

	assert_int_equal(aws_query_call_xml(c, &aws_service_rds, "DescribeDBInstances", NULL,
					    NULL, NULL, &doc, NULL, NULL, &err), 0);
	assert_non_null(doc);
	id = xml_child_text(xmlDocGetRootElement(doc), "Id");
	assert_string_equal(id, "db-1");
	free(id);
	xmlFreeDoc(doc);

	assert_int_equal(aws_query_call_xml(c, &aws_service_rds, "DescribeDBInstances", NULL,
					    NULL, NULL, &doc, NULL, NULL, &err), -1);
	assert_null(doc);
	assert_true(!strncmp(err.buf, "rds DescribeDBInstances: ", 25));

	scripted_server_stop(&server);
	assert_int_equal(server.served, 4);
	aws_client_free(c);
	free(endpoint);
	for (size_t i = 0; i < 4; i++)
		free(responses[i]);
	strbuf_release(&err);
}

static void test_connection_failure_message(void **state)
{
	int port, fd = listen_on_free_port(&port);
	struct aws_client *c;
	char *endpoint = xasprintf("http://127.0.0.1:%d", port), *prefix;
	struct aws_request req = {
		.service = "s3", .operation = "HeadBucket", .method = "HEAD", .bucket = "lake",
	};
	struct aws_response resp;
	struct strbuf err = STRBUF_INIT;

	(void)state;
	close(fd);   /* nothing listens there any more: connection refused */
	c = new_client(endpoint, true, "us-east-1", 2);
	assert_int_equal(aws_send(c, &req, &resp, &err), -1);
	assert_int_equal(resp.attempts, 2);
	assert_int_equal(resp.status, 0);
	prefix = "s3 HeadBucket: connection failed after 2 attempts: ";
	assert_memory_equal(err.buf, prefix, strlen(prefix));
	assert_true(err.len > strlen(prefix));
	aws_response_free(&resp);
	aws_client_free(c);
	free(endpoint);
	strbuf_release(&err);
}

int main(void)
{
	const struct CMUnitTest offline[] = {
		cmocka_unit_test(test_retry_after_drop_and_slowdown),
		cmocka_unit_test(test_retry_resends_body_file),
		cmocka_unit_test(test_no_retry_on_limit_exceeded),
		cmocka_unit_test(test_query_call_xml_outcomes),
		cmocka_unit_test(test_connection_failure_message),
		cmocka_unit_test(test_new_id_not_found_is_waited_out),
		cmocka_unit_test(test_old_id_not_found_is_believed),
		cmocka_unit_test(test_new_role_refusal_is_waited_out),
		cmocka_unit_test(test_refusal_of_role_not_made_is_believed),
		cmocka_unit_test(test_refusal_of_role_not_trusting_is_believed),
		cmocka_unit_test(test_grant_wait_off),
		cmocka_unit_test(test_grant_outlives_a_delete_naming_it),
		cmocka_unit_test(test_new_id_wait_is_bounded),
		cmocka_unit_test(test_throttling_is_not_a_failure),
		cmocka_unit_test(test_throttling_counts_when_asked),
		cmocka_unit_test(test_listing_client_gives_up_throttled),
		cmocka_unit_test(test_failure_kinds),
		cmocka_unit_test(test_once_is_never_resent),
		cmocka_unit_test(test_op_result_belongs_to_its_operation),
		cmocka_unit_test(test_once_waits_or_is_abandoned),
		cmocka_unit_test(test_deadline_shorter_than_read_timeout),
		cmocka_unit_test(test_cleanup_outlives_a_stop),
		cmocka_unit_test(test_once_not_resent_by_libcurl),
	};

	/* The credential chain must not pick up the developer's own files. */
	setenv("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/credentials", 1);
	setenv("AWS_CONFIG_FILE", "/nonexistent/config", 1);
	return cmocka_run_group_tests_name("aws client offline", offline, NULL, NULL);
}
