/*
 * protocols.c: the AWS protocol families on top of aws_send(): query (IAM,
 * RDS, Redshift, STS: a form-encoded POST, XML back) with its paged
 * listings, json (Glue, Step Functions, Secrets Manager, Events:
 * X-Amz-Target and JSON both ways) and rest-json (Lambda, Scheduler: the
 * operation in the method and path, JSON bodies); and the two forms their
 * answers give times in. The wire formats are in
 * tests/reference/aws-protocols.md.
 */
#include "provider/aws/transport/client.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "provider/aws/transport/sigv4.h"
#include "provider/aws/transport/wait.h"
#include "provider/aws/transport/xml.h"

static void form_add(struct strbuf *body, const char *name, const char *value)
{
	if (body->len)
		strbuf_addch(body, '&');
	sigv4_uri_encode(body, name, strlen(name), false);
	strbuf_addch(body, '=');
	sigv4_uri_encode(body, value, strlen(value), false);
}

/* The form text of one scalar parameter; -1 for lists and maps, which the
 * caller must flatten ("Tags.member.1.Key"). NULL *text: leave it out. */
static int param_text(const json_t *value, char **text)
{
	*text = NULL;
	switch (json_typeof(value)) {
	case JSON_STRING:
		*text = xstrdup(json_string_value(value));
		return 0;
	case JSON_INTEGER:
		*text = xasprintf("%" JSON_INTEGER_FORMAT, json_integer_value(value));
		return 0;
	case JSON_REAL:
		*text = xasprintf("%.17g", json_real_value(value));
		return 0;
	case JSON_TRUE:
		*text = xstrdup("true");
		return 0;
	case JSON_FALSE:
		*text = xstrdup("false");
		return 0;
	case JSON_NULL:
		return 0;
	default:
		return -1;
	}
}

int aws_query_call(struct aws_client *c, const struct aws_service *service,
		   const char *action, const json_t *params,
		   struct aws_response *resp, struct strbuf *err)
{
	static const struct aws_header form_type = {
		.name = "Content-Type",
		.value = "application/x-www-form-urlencoded; charset=utf-8",
	};
	struct strbuf body = STRBUF_INIT;
	struct aws_request req = {
		.service = service->signing_name,
		.operation = action,
		.method = "POST",
		.path = "/",
		.headers = &form_type,
		.n_headers = 1,
	};
	const char *name;
	json_t *value;
	int rc;

	if (params && !json_is_object(params)) {
		strbuf_addf(err, "%s %s: parameters must be a JSON object", service->signing_name,
			    action);
		return -1;
	}
	form_add(&body, "Action", action);
	form_add(&body, "Version", service->api_version);
	json_object_foreach((json_t *)params, name, value) {
		char *text;
		if (param_text(value, &text) < 0) {
			strbuf_addf(err, "%s %s: parameter %s must be a string, number or boolean"
				    " (flatten lists and maps as Name.member.N)",
				    service->signing_name, action, name);
			strbuf_release(&body);
			return -1;
		}
		if (text) {
			form_add(&body, name, text);
			free(text);
		}
	}
	req.body = body.buf;
	req.body_len = body.len;
	rc = aws_send(c, &req, resp, err);
	strbuf_release(&body);
	return rc;
}

/* The entry of `list` that is s (static storage, unlike s), or NULL. */
static const char *listed(const char *const *list, const char *s)
{
	for (size_t i = 0; list && s && list[i]; i++)
		if (!strcmp(list[i], s))
			return list[i];
	return NULL;
}

int aws_query_call_xml(struct aws_client *c, const struct aws_service *service,
		       const char *action, const json_t *params, const char *secret,
		       const char *const *tolerated, xmlDocPtr *doc, const char **code,
		       int *attempts, struct strbuf *err)
{
	struct aws_response resp;
	struct strbuf call_err = STRBUF_INIT;
	int rc;

	memset(&resp, 0, sizeof(resp));
	if (doc)
		*doc = NULL;
	if (code)
		*code = NULL;
	rc = aws_query_call(c, service, action, params, &resp, &call_err);
	if (attempts)
		*attempts = resp.attempts;
	if (rc == 0 && doc) {
		*doc = xml_parse(resp.body, resp.body_len, &call_err);
		if (!*doc) {
			strbuf_addf(err, "%s %s: %s", service->signing_name, action, call_err.buf);
			rc = -1;
		}
	} else if (rc && listed(tolerated, resp.error_code)) {
		rc = 1;
		if (code)
			*code = listed(tolerated, resp.error_code);
	} else if (rc) {
		strbuf_redact(&call_err, 0, secret);
		strbuf_addstr(err, call_err.buf);
		rc = -1;
	}
	aws_response_free(&resp);
	strbuf_release(&call_err);
	return rc;
}

static int json_send_as(struct aws_client *c, const struct aws_service *svc,
			const struct aws_request *shape, const json_t *input, json_t **output,
			struct aws_response *resp, struct strbuf *err);

static int json_send(struct aws_client *c, const struct aws_service *svc, const char *operation,
		     const json_t *input, bool once, json_t **output, struct aws_response *resp,
		     struct strbuf *err)
{
	const struct aws_request shape = { .operation = operation, .once = once };

	return json_send_as(c, svc, &shape, input, output, resp, err);
}

/* A json-protocol call of svc's shape->operation, sent as shape says
 * (once, host_prefix, answer_within_s, abandon). */
static int json_send_as(struct aws_client *c, const struct aws_service *svc,
			const struct aws_request *shape, const json_t *input, json_t **output,
			struct aws_response *resp, struct strbuf *err)
{
	const char *service = svc->signing_name, *operation = shape->operation;
	struct aws_response scratch;
	char *target = xasprintf("%s.%s", svc->target_prefix, operation);
	char *content_type = xasprintf("application/x-amz-json-%s", svc->json_version);
	struct aws_header headers[] = {
		{ .name = "Content-Type", .value = content_type },
		{ .name = "X-Amz-Target", .value = target },
	};
	char *body = input ? json_dumps(input, JSON_COMPACT) : xstrdup("{}");
	struct aws_request req = {
		.service = service,
		.operation = operation,
		.method = "POST",
		.path = "/",
		.headers = headers,
		.n_headers = sizeof(headers) / sizeof(*headers),
		.body = body,
		.body_len = body ? strlen(body) : 0,
		.once = shape->once,
		.host_prefix = shape->host_prefix,
		.answer_within_s = shape->answer_within_s,
		.abandon = shape->abandon,
	};
	int rc = -1;

	if (output)
		*output = NULL;
	if (!resp)
		resp = &scratch;
	memset(resp, 0, sizeof(*resp));
	if (!body) {
		strbuf_addf(err, "%s %s: input cannot be written as JSON", service, operation);
		goto out;
	}
	rc = aws_send(c, &req, resp, err);
	if (rc == 0 && output) {
		json_error_t jerr;

		*output = resp->body_len ? json_loadb(resp->body, resp->body_len, 0, &jerr)
					 : json_object();
		if (!*output) {
			strbuf_addf(err, "%s %s: response is not JSON: %s (line %d)", service,
				    operation, jerr.text, jerr.line);
			rc = -1;
		}
	}
out:
	if (resp == &scratch)
		aws_response_free(resp);
	free(body);
	free(target);
	free(content_type);
	return rc;
}

int aws_json_call(struct aws_client *c, const struct aws_service *service,
		  const char *operation, const json_t *input,
		  json_t **output, struct aws_response *resp, struct strbuf *err)
{
	return json_send(c, service, operation, input, false, output, resp, err);
}

/* The outcome of a call sent at most once: rc, with *unknown (when given)
 * from resp. Releases resp. */
static int once_outcome(int rc, struct aws_response *resp, bool *unknown)
{
	if (unknown)
		*unknown = rc && resp->outcome_unknown;
	aws_response_free(resp);
	return rc ? -1 : 0;
}

int aws_json_call_once(struct aws_client *c, const struct aws_service *service,
		       const char *operation, const json_t *input,
		       json_t **output, bool *unknown, struct strbuf *err)
{
	struct aws_response resp;
	int rc = json_send(c, service, operation, input, true, output, &resp, err);

	return once_outcome(rc, &resp, unknown);
}

int aws_json_call_as(struct aws_client *c, const struct aws_service *service,
		     const struct aws_request *shape, const json_t *input,
		     json_t **output, bool *unknown, struct strbuf *err)
{
	struct aws_response resp;
	int rc = json_send_as(c, service, shape, input, output, &resp, err);

	return once_outcome(rc, &resp, unknown);
}

/* The outcome of a call told apart (the _codes variants): 0, 1 when AWS
 * answered with one of `codes` (*code gets it; call_err dropped), or -1
 * with call_err moved to err. Releases resp and call_err. */
static int codes_outcome(int rc, struct aws_response *resp, struct strbuf *call_err,
			 const char *const *codes, const char **code, int *attempts,
			 struct strbuf *err)
{
	if (code)
		*code = NULL;
	if (attempts)
		*attempts = resp->attempts;
	if (rc && listed(codes, resp->error_code)) {
		if (code)
			*code = listed(codes, resp->error_code);
		rc = 1;
	} else if (rc) {
		strbuf_addstr(err, call_err->buf);
	}
	aws_response_free(resp);
	strbuf_release(call_err);
	return rc;
}

int aws_json_call_codes(struct aws_client *c, const struct aws_service *service,
			const char *operation, const json_t *input,
			const char *const *codes, json_t **output, const char **code, int *attempts,
			struct strbuf *err)
{
	struct strbuf call_err = STRBUF_INIT;
	struct aws_response resp;
	int rc = aws_json_call(c, service, operation, input, output, &resp, &call_err);

	return codes_outcome(rc, &resp, &call_err, codes, code, attempts, err);
}

static int rest_json_send(struct aws_client *c, const struct aws_service *svc,
			  const char *operation,
			  const char *method, const char *path, bool path_encoded,
			  const char *query, const json_t *input, bool once, json_t **output,
			  struct aws_response *resp, struct strbuf *err)
{
	struct aws_header content_type = { (char *)"Content-Type", (char *)"application/json" };
	char *body = input ? json_dumps(input, JSON_COMPACT) : NULL;
	struct aws_request req = {
		.service = svc->signing_name,
		.operation = operation,
		.method = method,
		.path = path,
		.path_encoded = path_encoded,
		.query = query,
		.headers = body ? &content_type : NULL,
		.n_headers = body ? 1 : 0,
		.body = body,
		.body_len = body ? strlen(body) : 0,
		.once = once,
	};
	int rc;

	if (output)
		*output = NULL;
	rc = aws_send(c, &req, resp, err);
	if (rc == 0 && output) {
		*output = resp->body_len ? json_loadb(resp->body, resp->body_len, 0, NULL)
					 : json_object();
		if (!json_is_object(*output)) {
			json_decref(*output);
			*output = NULL;
			strbuf_addf(err, "%s %s: HTTP %ld: the response is not a JSON object",
				    svc->signing_name, operation, resp->status);
			rc = -1;
		}
	}
	free(body);
	return rc;
}

int aws_rest_json_call(struct aws_client *c, const struct aws_service *service,
		       const char *operation, const char *method, const char *path,
		       const char *query,
		       const json_t *input, json_t **output, struct aws_response *resp,
		       struct strbuf *err)
{
	return rest_json_send(c, service, operation, method, path, false, query, input, false,
			      output, resp, err);
}

int aws_rest_json_call_codes(struct aws_client *c, const struct aws_service *service,
			     const char *operation, const char *method, const char *path,
			     const char *query,
			     const json_t *input, const char *const *codes, json_t **output,
			     const char **code, int *attempts, struct strbuf *err)
{
	struct strbuf call_err = STRBUF_INIT;
	struct aws_response resp;
	int rc = rest_json_send(c, service, operation, method, path, false, query, input, false,
				output, &resp, &call_err);

	return codes_outcome(rc, &resp, &call_err, codes, code, attempts, err);
}

int aws_rest_json_call_encoded(struct aws_client *c, const struct aws_service *service,
			       const char *operation, const char *method, const char *path,
			       const char *query,
			       const json_t *input, const char *const *codes, json_t **output,
			       const char **code, int *attempts, struct strbuf *err)
{
	struct strbuf call_err = STRBUF_INIT;
	struct aws_response resp;
	int rc = rest_json_send(c, service, operation, method, path, true, query, input, false,
				output, &resp, &call_err);

	return codes_outcome(rc, &resp, &call_err, codes, code, attempts, err);
}

int aws_rest_json_call_once(struct aws_client *c, const struct aws_service *service,
			    const char *operation, const char *method, const char *path,
			    const json_t *input,
			    json_t **output, bool *unknown, struct strbuf *err)
{
	struct aws_response resp;
	int rc = rest_json_send(c, service, operation, method, path, false, NULL, input, true,
				output, &resp, err);

	return once_outcome(rc, &resp, unknown);
}

