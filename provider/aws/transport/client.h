/*
 * client.h: an AWS client for one provider configuration — credentials,
 * region, endpoint and addressing style — and the transport that sends
 * signed requests through libcurl with connection reuse and retries.
 *
 * One client is shared by every executor thread: it keeps a mutex-guarded
 * pool of curl easy handles (each keeps its connections alive), so requests
 * from different threads run in parallel and reuse connections.
 *
 * Retries: exponential backoff with full jitter (base 100 ms, cap 20 s,
 * up to max_attempts, default 8) on HTTP 5xx, 429, throttling error codes
 * (Throttling, ThrottlingException, SlowDown, RequestLimitExceeded,
 * TooManyRequestsException, ...) and every transport failure (dropped,
 * reset or silent connection, malformed or partial answer), all within the
 * operation's deadline (operation_timeout_s). A stop request
 * (progress_stop_requested: SIGINT/SIGTERM) ends retries and, after a
 * short grace, cuts the transfer in flight.
 * aws_response.attempts tells how many were made (counting a resend libcurl
 * made by itself on a new connection), so a create whose first response
 * was lost can recognise its own earlier success. A request marked `once`
 * (a start that carries nothing to recognise it by) is never resent after
 * it may have reached the server: the caller looks for what it made.
 */
#ifndef TERRACE_AWS_CLIENT_H
#define TERRACE_AWS_CLIENT_H

#include <jansson.h>
#include <libxml/tree.h>
#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>
#include <time.h>

#include "provider/aws/transport/services.h"
#include "provider/base/strbuf.h"

struct aws_client;
struct op_result; /* provider/base/progress.h */

/*
 * How long to wait for what AWS documents as eventually consistent (wait.h
 * has the rules that use them). Seconds; in an aws_config, 0 is the
 * default and -1 (a setting of 0) is "do not wait".
 */
struct aws_timing {
	int consistency_s;  /* an object just made may be reported missing
	                       (EC2 *.NotFound, S3 NoSuchBucket): default 300 */
	int propagation_s;  /* a new or changed IAM role or instance profile
	                       refused by the services that use it: default 120 */
	int dependency_s;   /* a delete refused while what depended on the
	                       object goes (DependencyViolation): default 1200 */
};

struct aws_config {
	const char *region;            /* NULL: from the credential chain / AWS_REGION, else us-east-1 */
	const char *access_key_id;     /* explicit credentials, or NULL for the chain */
	const char *secret_access_key;
	const char *session_token;
	const char *profile;           /* NULL: AWS_PROFILE, else "default" */
	const char *endpoint;          /* e.g. "http://127.0.0.1:9000": one endpoint for
	                                  every service (MinIO, moto); NULL: real AWS */
	const json_t *service_endpoints; /* the provider's endpoints: {"s3": URL, "sfn": URL}
	                                  keyed by services.def's names (endpoints.h);
	                                  each wins over endpoint for its service; NULL: none */
	bool path_style;               /* S3 path-style addressing (MinIO needs it) */
	bool insecure;                 /* skip TLS verification: only when the user asks */
	const char *ca_bundle;         /* PEM file of the CAs to trust (a private CA); NULL:
	                                  AWS_CA_BUNDLE, else the system's */
	int max_attempts;              /* 0: default 8 */
	bool throttling_counts;        /* a throttling answer counts against max_attempts
	                                  too (the state backend's client: a state write
	                                  gives up, Terraform's backend's max_retries);
	                                  false: throttled calls go on until the deadline */
	int connect_timeout_s;         /* 0: default 10 */
	int read_timeout_s;            /* 0: default 30 (no byte moved for this long) */
	int operation_timeout_s;       /* 0: default 900 (one request, all retries) */
	bool skip_region_validation;   /* take a region no partition lists (one newer than
	                                  terrace); without an endpoint the region is
	                                  checked (endpoints.h: aws_region_check) */
	struct aws_timing timing;      /* 0s: the defaults above */
	bool unsent_after_stop;        /* after SIGINT/SIGTERM (progress_stop_requested)
	                                  a new call fails "not sent: interrupted" (the
	                                  provider's client; the state backend's keeps
	                                  sending, so the state is written) */
};

/* Resolve credentials and region (explicit attributes, then AWS_ACCESS_KEY_ID /
 * AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN, then the profile in
 * ~/.aws/credentials and ~/.aws/config, honouring AWS_SHARED_CREDENTIALS_FILE
 * and AWS_CONFIG_FILE) and build a client. Error messages name where the
 * chain looked, never a secret. */
int aws_client_new(const struct aws_config *cfg, struct aws_client **out, struct strbuf *err);

/* How a client gets its credentials and region: aws_credentials_resolve
 * (credentials.h), the chain, which aws_client_new (session.c) hands in. */
struct aws_credentials;
typedef int aws_credentials_resolver(const struct aws_config *cfg, struct aws_credentials *out,
				     struct strbuf *err);
/* aws_client_new with the credentials from `resolve`, which the client
 * also calls again to refresh them before they expire: for the credential
 * chain's own STS calls, which cannot use aws_client_new (the chain). */
int aws_client_make(const struct aws_config *cfg, aws_credentials_resolver *resolve,
		    struct aws_client **out, struct strbuf *err);
void aws_client_free(struct aws_client *c);
/* A client for one operation of the core (provider_type.op_client): it
 * speaks as c does (c must outlive it), and its calls fill `result`
 * (provider/base/progress.h): outcome_unknown when one of them ended
 * without an answer after its request went out (also from other threads,
 * a multipart upload's parts), the note aws_client_note_for_user leaves.
 * Freed with aws_client_free, which leaves c as it is. */
struct aws_client *aws_client_for_op(struct aws_client *c, struct op_result *result);
/* A client that speaks as c does (c must outlive it), but whose throttled
 * calls count against max_attempts (aws_config.throttling_counts): for a
 * listing that gives up and says so rather than wait out the whole
 * operation_timeout (sweep: a type it could not list is named, "throttled
 * after retries"). Freed with aws_client_free, which leaves c as it is. */
struct aws_client *aws_client_for_listing(struct aws_client *c);
/* A client that speaks as c does (c must outlive it) to another Region:
 * its requests go to `region`'s endpoints and are signed for it (with a
 * configured endpoint, to that endpoint, signed for `region`). Freed with
 * aws_client_free, which leaves c as it is. */
struct aws_client *aws_client_for_region(struct aws_client *c, const char *region);
/* A line for the user when the operation of c (aws_client_for_op) ends
 * well (op_result_note); nothing for a client of no operation. */
void aws_client_note_for_user(struct aws_client *c, const char *text);
/* The client c speaks for (c itself but for one of aws_client_for_op):
 * what a cache of answers per client is keyed by. */
const struct aws_client *aws_client_shared(const struct aws_client *c);
const char *aws_client_region(const struct aws_client *c);
const char *aws_client_endpoint(const struct aws_client *c); /* NULL for real AWS */
/* The client's waits for AWS's timing, defaults filled (0: do not wait). */
const struct aws_timing *aws_client_timing(const struct aws_client *c);
/* The object `name` (an EC2 id, a key pair's or a bucket's name) was just
 * made through this client: for the consistency wait, an answer that it
 * does not exist (EC2 *.NotFound, S3 NoSuchBucket) to a request naming it
 * is AWS catching up, retried (timing.h); a delete through the client
 * ends that. */
void aws_client_note_made(struct aws_client *c, const char *name);
/* The same for an object another run made age_s seconds ago (the state's
 * created_at): before a destroy deletes it, where its service documents
 * that a delete may answer NotFound for an id still propagating (EC2). */
void aws_client_note_made_aged(struct aws_client *c, const char *name, double age_s);
/* This client just wrote what lets a service use `name`: made a role (its
 * name: its trust policy is new), or wrote a queue's or a topic's access
 * policy (its ARN) or a function's resource policy (its ARN). For the
 * propagation wait, a service's refusal to use it (Firehose "is unable to
 * assume role", S3 "Unable to validate the following destination
 * configurations") is IAM catching up only for what this client wrote
 * less than propagation_timeout ago (timing.h, new_grant). */
void aws_client_note_grant(struct aws_client *c, const char *name);
/* aws_client_note_grant for a role, with the trust policy it was given (as
 * sent, or NULL for none): a rule that waits only for a role trusting a
 * service (timing.h, trusting) holds only when the trust names it. */
void aws_client_note_role_grant(struct aws_client *c, const char *name, const char *trust);
/* The ARN partition of a region (may be NULL): "aws-cn", "aws-us-gov" or "aws". */
const char *aws_partition(const char *region);
/* Who the client's credentials are (STS GetCallerIdentity), asked once per
 * client and remembered: the credentials check, the aws.caller_identity
 * lookup and the ARNs built by hand all take it from there. */
struct aws_caller_identity {
	char *account;  /* the 12-digit account id */
	char *arn;      /* the user's or assumed role's ARN ("" when not given) */
	char *user_id;  /* "" when not given */
};
/* *out gets copies (release with aws_caller_identity_release); -1 with err. */
int aws_client_caller_identity(struct aws_client *c, struct aws_caller_identity *out,
			       struct strbuf *err);
void aws_caller_identity_release(struct aws_caller_identity *id);
/* Its account alone; *account is a new string. */
int aws_client_account_id(struct aws_client *c, char **account, struct strbuf *err);
/* Whether the client's credentials work, asked before anything else is sent:
 * the account id above. -1 with err naming where the credentials came from
 * (the provider's attributes, the environment, profile NAME in FILE, a role,
 * ...) and what STS answered: an answer refusing the credentials, or on real
 * AWS any failure. At an endpoint of one's own, anything else (an S3 server
 * alone serves no STS) leaves them unchecked: 0. */
int aws_client_verify(struct aws_client *c, struct strbuf *err);

struct aws_header {
	char *name;
	char *value;
};

struct aws_request {
	const char *service;     /* signing name: "s3", "iam", "glue", "states" ... */
	const char *operation;   /* for messages: "CreateBucket" */
	const char *method;      /* "GET", "PUT", "POST", "DELETE", "HEAD" */
	const char *bucket;      /* S3 only: addressed virtual-hosted or path-style */
	const char *path;        /* raw, unencoded: "/" or "/key name" (under the bucket for S3) */
	bool path_encoded;       /* path is in its wire form already (not S3): a URI label
	                            whose value holds a '/', an ARN, encoded whole (%2F) */
	const char *query;       /* already-encoded query without '?', or NULL ("versioning", "list-type=2&prefix=a%2F") */
	const struct aws_header *headers; /* extra headers (Content-Type, Content-MD5, x-amz-*) */
	size_t n_headers;
	const void *body;
	size_t body_len;
	const char *body_file;   /* alternatively stream the body from this file (S3 PutObject);
	                            its SHA-256 is computed for signing */
	bool after_stop;         /* sent even after an interrupt (unsent_after_stop): the
	                            cleanup of what the interrupted call left behind */
	off_t body_offset;       /* with body_file and body_len > 0: send the body_len bytes
	                            from this offset on (an S3 UploadPart); with body_len 0
	                            (and body_offset 0) the whole file is sent */
	bool once;               /* carried out at most once: for a request nothing in which
	                            lets the server tell a resend apart (Lambda's Invoke,
	                            Batch's SubmitJob). Sent again only when no attempt can
	                            have been carried out (no connection, so it never went
	                            out; a throttling or 4xx answer), each attempt on a new
	                            connection, so libcurl never resends it by itself; a
	                            lost answer after it went out, or a 5xx, ends the call
	                            with outcome_unknown set */
	const char *host_prefix; /* put in front of the AWS host: the operation's endpoint
	                            hostPrefix in the service's model ("sync-" for Step
	                            Functions' StartSyncExecution); a configured endpoint
	                            is used as it is */
	const char *region;      /* NULL: the client's; else the Region the request goes to
	                            and is signed for (a DynamoDB table's replica's) */
	int answer_within_s;     /* the server may take this long to answer (a call that
	                            answers when what it started ended): the read timeout
	                            and the operation's deadline are at least this long */
	bool (*abandon)(void);   /* may be NULL: when it returns true, the attempt in
	                            flight is cut as an interrupt cuts it (after the same
	                            grace) and the call ends "interrupted" */
};

struct aws_response {
	long status;             /* HTTP status; 0 when no response */
	struct aws_header *headers; /* names lower-cased */
	size_t n_headers;
	char *body;              /* NUL-terminated, may contain NULs for binary objects */
	size_t body_len;
	char *request_id;        /* x-amz-request-id / x-amzn-RequestId, or NULL */
	char *error_code;        /* parsed from an XML or JSON error body, or NULL */
	char *error_message;
	int attempts;            /* how many attempts were made (1 = no retry) */
	double backoff_s;        /* the backoff pauses its retries chose, in seconds (each a
	                            full-jitter draw below its ceiling), not the time taken */
	bool outcome_unknown;    /* the call failed after a request went out whose answer
	                            was lost (or, for a `once` request, was a 5xx): it may
	                            have been carried out */
};

/*
 * Send a request, signing it, retrying as described above. Returns 0 when a
 * response arrived with status < 300; -1 otherwise, with *resp still filled
 * (status, error_code) when a response arrived, and err holding
 * "SERVICE OPERATION: HTTP STATUS ERRORCODE: MESSAGE (request id ID)" or the
 * transport failure. A caller that treats some errors as success (404 on
 * delete, BucketAlreadyOwnedByYou on a retried create) inspects resp.
 */
int aws_send(struct aws_client *c, const struct aws_request *req,
	     struct aws_response *resp, struct strbuf *err);
void aws_response_free(struct aws_response *resp);
/* code is one of the NULL-terminated codes (a NULL code matches none). */
bool aws_error_code_in(const char *code, const char *const *codes);

/*
 * Why a call fails, told apart by the answer (errors.c, from the codes the
 * services document: botocore's error shapes and the APIs' "Common
 * Errors"), for a caller that must tell "this account can hold none" from
 * "try again" (sweep, cmd/sweep.c):
 *   AWS_DENIED             AccessDenied and its kin (an IAM policy or a
 *                          service control policy denies the call)
 *   AWS_NOT_OFFERED        the service is not offered to the account or in
 *                          the region (OptInRequired, a subscription, an
 *                          endpoint name that does not resolve)
 *   AWS_UNKNOWN_OPERATION  the endpoint has no such operation (InvalidAction,
 *                          UnknownOperationException, HTTP 501)
 *   AWS_THROTTLED          throttled, after the transport's retries
 *   AWS_FAILED             anything else: a 5xx after retries, no answer,
 *                          credentials refused, a bad request
 * The first three say the account cannot have objects of the service made
 * with these credentials there; the last two, to try again.
 */
enum aws_failure_kind {
	AWS_FAILED,
	AWS_THROTTLED,
	AWS_DENIED,
	AWS_NOT_OFFERED,
	AWS_UNKNOWN_OPERATION,
};
/* The kind of an answer: its HTTP status and AWS error code (NULL: none);
 * no_host: the endpoint's name did not resolve (status 0). */
enum aws_failure_kind aws_failure_kind_of(long status, const char *code, bool no_host);
/* A few words for the kind: "access denied", "not offered", ... */
const char *aws_failure_kind_text(enum aws_failure_kind kind);
/* Whether the kind says the account can hold none (denied, not offered,
 * no such operation) rather than to try again. */
bool aws_failure_kind_final(enum aws_failure_kind kind);

/*
 * The last call of this thread that failed, as aws_send saw it, for a
 * caller that gets only the message from the code between (a type's
 * list() hook): aws_failure_forget() before, aws_failure_last() after.
 * Only a failure since the forget counts: kind is AWS_FAILED and status 0
 * when no call failed (the failure was the caller's own).
 */
struct aws_failure {
	bool failed;                /* a call failed since aws_failure_forget */
	long status;                /* its HTTP status; 0: no answer */
	char code[64];              /* AWS's error code, cut; "" when none */
	enum aws_failure_kind kind;
};
void aws_failure_forget(void);
struct aws_failure aws_failure_last(void);
const char *aws_response_header(const struct aws_response *resp, const char *name);

/* Convenience for protocol families (provider/aws/protocols.c):
 * query protocol (IAM, RDS, Redshift, STS): POST form Action=...&Version=...
 * with params given as a JSON object of already-flattened names
 * ("Tags.member.1.Key": "env"); json protocol (Glue, Step Functions,
 * Secrets Manager, Events): POST with X-Amz-Target, JSON body in and out. */
int aws_query_call(struct aws_client *c, const struct aws_service *service,
		   const char *action, const json_t *params,
		   struct aws_response *resp, struct strbuf *err);
int aws_json_call(struct aws_client *c, const struct aws_service *service,
		  const char *operation, const json_t *input,
		  json_t **output, struct aws_response *resp, struct strbuf *err);
/*
 * aws_json_call telling outcomes apart: 0 on success (*output, when asked
 * for, holds the response), 1 when AWS answered with one of `codes`
 * (NULL-terminated, may be NULL; err untouched; *code, when asked for, gets
 * it: static storage, one of the `codes` strings), -1 with the message in
 * err. *attempts, when given, gets how many attempts the transport made.
 */
int aws_json_call_codes(struct aws_client *c, const struct aws_service *service,
			const char *operation, const json_t *input,
			const char *const *codes, json_t **output,
			const char **code, int *attempts, struct strbuf *err);

/*
 * A query-protocol call whose answer is XML (IAM, RDS, Redshift): 0 on
 * success, with *doc, when asked for, the parsed answer (xmlFreeDoc it);
 * 1 when the AWS error code is one of `tolerated` (NULL-terminated, may be
 * NULL): *code, when asked for, gets it (static storage: one of the
 * tolerated strings) and err is left alone; otherwise -1 with the message
 * in err, `secret` (a value sent in params, may be NULL) cut out of it.
 * *attempts, when given, gets how many attempts the transport made.
 */
int aws_query_call_xml(struct aws_client *c, const struct aws_service *service,
		       const char *action, const json_t *params, const char *secret,
		       const char *const *tolerated, xmlDocPtr *doc, const char **code,
		       int *attempts, struct strbuf *err);

/*
 * rest-json (Lambda, Scheduler): METHOD path?query (query already encoded,
 * may be NULL) with `input` (may be NULL) as the JSON body; *output, when
 * asked for, gets the parsed answer ({} for an empty body). *resp is always
 * filled; the caller frees it and may inspect it on failure (404 on delete).
 */
int aws_rest_json_call(struct aws_client *c, const struct aws_service *service,
		       const char *operation, const char *method, const char *path,
		       const char *query,
		       const json_t *input, json_t **output, struct aws_response *resp,
		       struct strbuf *err);

/* aws_rest_json_call telling outcomes apart, as aws_json_call_codes: 0 on
 * success (*output, when asked for, the answer), 1 when AWS answered with
 * one of `codes` (*code gets it; err untouched), -1 with err set. */
int aws_rest_json_call_codes(struct aws_client *c, const struct aws_service *service,
			     const char *operation, const char *method, const char *path,
			     const char *query,
			     const json_t *input, const char *const *codes, json_t **output,
			     const char **code, int *attempts, struct strbuf *err);

/* aws_rest_json_call_codes with `path` in its wire form, encoded by the
 * caller: for a URI label whose value holds a '/' (Batch's
 * /v1/tags/{resourceArn}), which botocore encodes whole (%2F) and the
 * service reads as one label. */
int aws_rest_json_call_encoded(struct aws_client *c, const struct aws_service *service,
			       const char *operation, const char *method, const char *path,
			       const char *query,
			       const json_t *input, const char *const *codes, json_t **output,
			       const char **code, int *attempts, struct strbuf *err);

/*
 * The json and rest-json calls of a request carried out at most once
 * (struct aws_request.once): for a start nothing in which lets the service
 * tell a resend apart. 0 with *output (when asked for); -1 with err set,
 * and *unknown (when given) true when the request may have been carried
 * out all the same (it went out and its answer was lost, or was a 5xx):
 * the caller looks for what it made before sending it again.
 */
int aws_json_call_once(struct aws_client *c, const struct aws_service *service,
		       const char *operation, const json_t *input,
		       json_t **output, bool *unknown, struct strbuf *err);
int aws_rest_json_call_once(struct aws_client *c, const struct aws_service *service,
			    const char *operation, const char *method, const char *path,
			    const json_t *input,
			    json_t **output, bool *unknown, struct strbuf *err);
/* A json-protocol call of `service` sent as `shape` says: its operation,
 * once, host_prefix, answer_within_s and abandon (the rest of shape is left
 * alone); the outcomes of aws_json_call_once. */
int aws_json_call_as(struct aws_client *c, const struct aws_service *service,
		     const struct aws_request *shape, const json_t *input,
		     json_t **output, bool *unknown, struct strbuf *err);

/* ISO 8601 text to epoch seconds: YYYY-MM-DD, optionally followed by
 * THH:MM[:SS[.fff]] and Z, +HH:MM, -HH:MM or +HHMM (no zone: UTC). 0 or -1. */
int aws_parse_timestamp(const char *text, time_t *out);
/* A time as AWS answers give it: epoch seconds (json protocol) or ISO 8601
 * text (query protocol, S3, rest-json); 0 when v is neither. */
time_t aws_time_of(const json_t *v);

#endif
