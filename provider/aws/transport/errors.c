/*
 * errors.c: an error answer read into code, message and request id (S3
 * and query XML, JSON, the x-amzn-ErrorType header, the status alone),
 * which errors are transient, what kind of failure an answer is (denied,
 * not offered, no such operation: sweep's gaps) and the thread's last one,
 * the one-line report of a failed call, and S3's errors inside a 200. Part of the client (client.c), moved out of it
 * whole.
 */
#include "provider/aws/transport/client_internal.h"
#include "provider/aws/transport/client_fields.h"
#include "provider/aws/transport/xml.h"
#include "provider/base/log.h"
#include "provider/base/text.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <ctype.h>
#include <stdio.h>

/* ---- responses and errors ---- */

bool aws_error_code_in(const char *code, const char *const *codes)
{
	for (; code && codes && *codes; codes++)
		if (!strcmp(code, *codes))
			return true;
	return false;
}

static void set_owned(char **slot, char *value)
{
	free(*slot);
	*slot = value;
}

/* Empty strings count as absent. */
static char *nonempty_or_free(char *s)
{
	if (s && !*s) {
		free(s);
		return NULL;
	}
	return s;
}

static void parse_xml_error(struct aws_response *resp)
{
	struct strbuf ignored = STRBUF_INIT;
	xmlDocPtr doc = xml_parse(resp->body, resp->body_len, &ignored);
	xmlNodePtr root, error;
	char *request_id;

	strbuf_release(&ignored);
	if (!doc)
		return;
	root = xmlDocGetRootElement(doc);
	if (!strcmp((const char *)root->name, "Error")) {
		error = root;                               /* S3 */
		request_id = xml_child_text(root, "RequestId");
	} else if (!strcmp((const char *)root->name, "ErrorResponse")) {
		error = xml_child(root, "Error");           /* query protocol */
		if (!error)
			error = xml_child(root, "Errors/Error");
		request_id = xml_child_text(root, "RequestId");
	} else if (!strcmp((const char *)root->name, "Response")) {
		error = xml_child(root, "Errors/Error");    /* EC2-style query */
		request_id = xml_child_text(root, "RequestID");
	} else {
		error = NULL;
		request_id = NULL;
	}
	if (error) {
		set_owned(&resp->error_code, nonempty_or_free(xml_child_text(error, "Code")));
		set_owned(&resp->error_message, nonempty_or_free(xml_child_text(error, "Message")));
		if (!request_id)
			request_id = xml_child_text(error, "RequestId");
	}
	request_id = nonempty_or_free(request_id);
	if (!resp->request_id && request_id)
		resp->request_id = request_id;
	else
		free(request_id);
	xmlFreeDoc(doc);
}

/* "com.amazonaws.glue#EntityNotFoundException" or
 * "ValidationException:http://internal.amazon.com/..." -> the bare code. */
static char *bare_error_code(const char *type)
{
	const char *hash = strrchr(type, '#');
	const char *start = hash ? hash + 1 : type;
	size_t len = strcspn(start, ":");

	return len ? xstrndup(start, len) : NULL;
}

static void parse_json_error(struct aws_response *resp)
{
	json_t *doc = json_loadb(resp->body, resp->body_len, 0, NULL);
	static const char *const code_keys[] = { "__type", "code", "Code" };
	static const char *const message_keys[] = { "message", "Message", "errorMessage" };

	if (!json_is_object(doc)) {
		json_decref(doc);
		return;
	}
	for (size_t i = 0; !resp->error_code && i < sizeof(code_keys) / sizeof(*code_keys); i++) {
		const char *type = json_string_value(json_object_get(doc, code_keys[i]));
		if (type)
			resp->error_code = bare_error_code(type);
	}
	for (size_t i = 0; !resp->error_message && i < sizeof(message_keys) / sizeof(*message_keys); i++) {
		const char *message = json_string_value(json_object_get(doc, message_keys[i]));
		if (message && *message)
			resp->error_message = xstrdup(message);
	}
	json_decref(doc);
}

static const char *status_error_code(long status)
{
	switch (status) {
	case 301: return "PermanentRedirect";
	case 304: return "NotModified";
	case 400: return "BadRequest";
	case 403: return "Forbidden";
	case 404: return "NotFound";
	case 405: return "MethodNotAllowed";
	case 409: return "Conflict";
	case 412: return "PreconditionFailed";
	case 429: return "TooManyRequests";
	case 500: return "InternalError";
	case 503: return "ServiceUnavailable";
	default: return NULL;
	}
}

const char *skip_space(const char *s, const char *end)
{
	while (s < end && isspace((unsigned char)*s))
		s++;
	return s;
}

/* A short single-line excerpt of a body that is neither AWS XML nor JSON
 * (an HTML page from a proxy, say), for the message. */
static char *body_excerpt(const char *body, size_t len)
{
	const char *start = skip_space(body, body + len);
	size_t n = 0, max = 200;
	struct strbuf sb = STRBUF_INIT;

	for (const char *p = start; p < body + len && n < max; p++, n++) {
		unsigned char ch = (unsigned char)*p;
		if (ch == '\0')
			break;
		strbuf_addch(&sb, ch == '\n' || ch == '\r' || ch == '\t' ? ' ' : (char)ch);
	}
	while (sb.len && sb.buf[sb.len - 1] == ' ')
		strbuf_setlen(&sb, sb.len - 1);
	if (start + n < body + len && n == max)
		strbuf_addstr(&sb, "...");
	return nonempty_or_free(strbuf_detach(&sb));
}

void aws_response_parse_error(struct aws_response *resp)
{
	const char *type_header = aws_response_header(resp, "x-amzn-errortype");
	const char *body = resp->body ? resp->body : "";
	const char *start = skip_space(body, body + resp->body_len);

	if (!resp->request_id) {
		const char *id = aws_response_header(resp, "x-amz-request-id");
		if (!id)
			id = aws_response_header(resp, "x-amzn-requestid");
		if (id && *id)
			resp->request_id = xstrdup(id);
	}
	if (type_header && *type_header)
		set_owned(&resp->error_code, bare_error_code(type_header));

	if (start < body + resp->body_len) {
		if (*start == '<')
			parse_xml_error(resp);
		else if (*start == '{')
			parse_json_error(resp);
		if (!resp->error_code && !resp->error_message)
			resp->error_message = body_excerpt(body, resp->body_len);
	} else if (!resp->error_code && status_error_code(resp->status)) {
		resp->error_code = xstrdup(status_error_code(resp->status));
	}
}

bool aws_error_is_retryable(long status, const char *code)
{
	static const char *const transient_codes[] = {
		"Throttling", "ThrottlingException", "ThrottledException",
		"RequestThrottledException", "TooManyRequestsException",
		"ProvisionedThroughputExceededException", "TransactionInProgressException",
		"RequestLimitExceeded", "BandwidthLimitExceeded", "SlowDown",
		"PriorRequestNotComplete", "EC2ThrottledException", "RequestTimeout",
		"RequestTimeoutException", "InternalError",
	};

	if (status == 500 || status == 502 || status == 503 || status == 504 || status == 429)
		return true;
	if (code)
		for (size_t i = 0; i < sizeof(transient_codes) / sizeof(*transient_codes); i++)
			if (!strcmp(code, transient_codes[i]))
				return true;
	return false;
}

/* botocore's ThrottlingErrorDetector: the answers that slow the pace;
 * but for LimitExceededException, which IAM (and others) give for a quota
 * ("Too many roles") that waiting never lifts. */
bool aws_error_is_throttling(long status, const char *code)
{
	static const char *const codes[] = {
		"Throttling", "ThrottlingException", "ThrottledException",
		"RequestThrottledException", "TooManyRequestsException",
		"ProvisionedThroughputExceededException", "TransactionInProgressException",
		"RequestLimitExceeded", "BandwidthLimitExceeded",
		"RequestThrottled", "SlowDown", "PriorRequestNotComplete", "EC2ThrottledException",
		NULL,
	};

	return status == 429 || aws_error_code_in(code, codes);
}

/*
 * The codes that say the account cannot have what the call is about, from
 * botocore's error shapes (AccessDeniedException in 243 services' models,
 * NotAuthorizedException, OptInRequiredException, UnsupportedOperation...)
 * and the "Common Errors" of the query and JSON APIs (AccessDenied,
 * NotAuthorized, OptInRequired, InvalidAction), EC2's (UnauthorizedOperation,
 * Blocked) and S3's (NotImplemented). A credential refused
 * (InvalidClientTokenId, SignatureDoesNotMatch, ExpiredToken) is none of
 * them: it is fixed and tried again.
 */
static const char *const denied_codes[] = {
	"AccessDenied", "AccessDeniedException", "UnauthorizedOperation", "NotAuthorized",
	"NotAuthorizedException", "AuthorizationError", "Blocked", NULL,
};
static const char *const not_offered_codes[] = {
	"OptInRequired", "OptInRequiredException", "SubscriptionRequiredException",
	"PendingVerification", NULL,
};
static const char *const unknown_operation_codes[] = {
	"InvalidAction", "UnknownOperationException", "UnknownOperation", "UnsupportedOperation",
	"UnsupportedOperationException", "NotImplemented", NULL,
};

enum aws_failure_kind aws_failure_kind_of(long status, const char *code, bool no_host)
{
	if (no_host)
		return AWS_NOT_OFFERED;
	if (aws_error_is_throttling(status, code))
		return AWS_THROTTLED;
	if (aws_error_code_in(code, denied_codes) ||
	    (status == 403 && code && !strcmp(code, "Forbidden")))
		return AWS_DENIED;
	if (aws_error_code_in(code, not_offered_codes))
		return AWS_NOT_OFFERED;
	if (aws_error_code_in(code, unknown_operation_codes) || status == 501)
		return AWS_UNKNOWN_OPERATION;
	return AWS_FAILED;
}

const char *aws_failure_kind_text(enum aws_failure_kind kind)
{
	switch (kind) {
	case AWS_THROTTLED: return "throttled after retries";
	case AWS_DENIED: return "access denied";
	case AWS_NOT_OFFERED: return "not offered to the account or in the region";
	case AWS_UNKNOWN_OPERATION: return "no such operation at the endpoint";
	case AWS_FAILED: break;
	}
	return "failed";
}

bool aws_failure_kind_final(enum aws_failure_kind kind)
{
	return kind == AWS_DENIED || kind == AWS_NOT_OFFERED || kind == AWS_UNKNOWN_OPERATION;
}

/* ---- the last failure of a thread ---- */

static _Thread_local struct aws_failure last_failure;

void aws_failure_forget(void)
{
	memset(&last_failure, 0, sizeof(last_failure));
}

struct aws_failure aws_failure_last(void)
{
	return last_failure;
}

void aws_failure_record(long status, const char *code, bool no_host)
{
	last_failure.failed = true;
	last_failure.status = status;
	snprintf(last_failure.code, sizeof(last_failure.code), "%s", code ? code : "");
	last_failure.kind = aws_failure_kind_of(status, code, no_host);
}

void aws_format_http_error(struct strbuf *err, const char *service, const char *operation,
			   const struct aws_response *resp)
{
	strbuf_addf(err, "%s %s: HTTP %ld", service, operation, resp->status);
	/* What AWS answered (or a proxy in its place) shows, never acts: a
	 * control or bidi character of a message echoing the request, or a
	 * message of megabytes, is made safe here, where the answer becomes
	 * text (text.h). */
	if (resp->error_code) {
		strbuf_addch(err, ' ');
		strbuf_add_safe(err, resp->error_code, strlen(resp->error_code), TEXT_MESSAGE);
	}
	if (resp->error_message) {
		strbuf_addstr(err, ": ");
		strbuf_add_safe(err, resp->error_message, strlen(resp->error_message),
				TEXT_MESSAGE);
	}
	if (resp->request_id) {
		strbuf_addstr(err, " (request id ");
		strbuf_add_safe(err, resp->request_id, strlen(resp->request_id), TEXT_MESSAGE);
		strbuf_addch(err, ')');
	}
}

/* S3 may answer 200 and put an <Error> in the body of CompleteMultipartUpload
 * (POST) and of copies (PUT with x-amz-copy-source). */
bool s3_error_in_200(const struct aws_request *req, const struct aws_response *resp)
{
	const char *body = resp->body, *end = resp->body + resp->body_len, *p;
	bool is_copy = false;

	if (strcmp(req->service, "s3") || resp->status != 200 || !resp->body_len)
		return false;
	for (size_t i = 0; i < req->n_headers; i++)
		if (!strcasecmp(req->headers[i].name, "x-amz-copy-source"))
			is_copy = true;
	if (!is_copy && strcmp(req->method, "POST"))
		return false;
	p = skip_space(body, end);
	if (end - p > 5 && !strncmp(p, "<?xml", 5)) {
		p = memchr(p, '>', (size_t)(end - p));
		if (!p)
			return false;
		p = skip_space(p + 1, end);
	}
	return end - p >= 7 && (!strncmp(p, "<Error>", 7) || !strncmp(p, "<Error ", 7));
}
