/*
 * client_fields.h: struct aws_client, the fields of one AWS client, and the
 * functions its parts share, for the files that make it up: client.c (the
 * pool, the retry loop, sending), target.c (where a request goes, the
 * configured endpoint read), errors.c (error answers read), made.c (what
 * the client made, for the rules of timing.h), session.c (the maker, which hands the credential
 * chain in) and caller_identity.c (STS GetCallerIdentity, asked once and
 * remembered). Not for any other file: they use client.h.
 */
#ifndef TERRACE_AWS_CLIENT_FIELDS_H
#define TERRACE_AWS_CLIENT_FIELDS_H

#include <pthread.h>
#include <stdbool.h>

#include <curl/curl.h>

#include "provider/aws/transport/client.h"
#include "provider/aws/transport/credentials.h"
#include "provider/aws/transport/credential_refresh.h"
#include "provider/aws/transport/endpoints.h"
#include "provider/aws/transport/s3_region.h"
#include "provider/aws/transport/timing.h"
#include "provider/base/strbuf.h"

/* One pooled connection: an easy handle and the multi handle it runs in
 * (perform_transfer), whose cache keeps its connections between requests. */
struct pooled_handle {
	CURL *easy;
	CURLM *multi;
};

struct aws_client {
	struct aws_credentials creds;
	struct aws_credential_store keys; /* refreshes creds' keys before they expire */
	struct aws_endpoint_settings endpoints; /* configured URLs, FIPS, dual-stack */
	char *endpoint;           /* as configured, trailing '/' removed; NULL: real AWS */
	char *endpoint_scheme;    /* "http" */
	char *endpoint_authority; /* "127.0.0.1:5000" */
	char *endpoint_base_path; /* "" or "/prefix" */
	bool endpoint_is_ip;      /* no virtual-hosted buckets on an IP address */
	bool path_style;
	bool insecure;
	char *ca_bundle;   /* CURLOPT_CAINFO, or NULL: libcurl's default */
	int max_attempts;
	bool throttling_counts;   /* a throttling answer counts against max_attempts (a
				     base client's setting, or one of aws_client_for_listing) */
	int connect_timeout_s;    /* per connection attempt */
	int read_timeout_s;       /* no byte received or sent for this long: cut */
	int operation_timeout_s;  /* one aws_send, every retry included */
	struct aws_timing timing; /* defaults filled; 0: do not wait */
	bool unsent_after_stop;

	pthread_mutex_t pool_lock;
	/* A host a call gave up on for its silence (under pool_lock): later
	 * calls to it fail at once instead of waiting as long again, so a
	 * silent server ends a run within one call's bound. */
	char *silent_host;
	struct pooled_handle *idle_handles;
	size_t n_idle, idle_alloc;
	struct aws_caller_identity caller; /* from STS, asked once (account NULL until
	                                       then); guarded by pool_lock */
	struct s3_region_cache regions; /* buckets found in another region (s3_region.h) */
	struct aws_paces *paces;  /* each action's pace after throttling (pace.h) */
	/* What this client made (aws_client_note_made) and the objects whose
	 * role or policy it wrote (aws_client_note_grant), for the rules of
	 * timing.h that hold for new objects or new grants only; under
	 * pool_lock. */
	struct made_object {
		char *name;
		double at;        /* monotonic seconds */
		bool grant;       /* noted by aws_client_note_grant */
		char *trust;      /* a role's trust policy as written, for
		                     aws_client_note_role_grant; else NULL */
	} *made;
	size_t n_made, made_alloc;

	/* A client for one operation (aws_client_for_op): `base`, the client
	 * it speaks for, whose fields it uses (its own are unset), and
	 * `result`, which its calls fill (struct op_result). NULL in a client
	 * made by aws_client_new. */
	struct aws_client *base;
	struct op_result *result;
	/* A client of aws_client_for_region: the Region its requests go to
	 * and are signed for (owned); NULL: the base client's. */
	char *region;
};

/* The client whose fields c uses: c, or the one c speaks for. */
static inline struct aws_client *client_base(const struct aws_client *c)
{
	return c->base ? c->base : (struct aws_client *)c;
}

/* target.c: an endpoint URL read into c's endpoint fields
 * ("http://127.0.0.1:5000/p": scheme, authority, base path), and those
 * fields released. */
int parse_endpoint(struct aws_client *c, const char *endpoint, struct strbuf *err);
void release_endpoint(struct aws_client *c);

/* errors.c: s past its spaces, up to end; and whether a 200 from S3 holds
 * an <Error> (CompleteMultipartUpload, copies). */
const char *skip_space(const char *s, const char *end);
bool s3_error_in_200(const struct aws_request *req, const struct aws_response *resp);

/* made.c: whether req names an object the client made (grant: whose role
 * or policy it wrote) less than the wait ago, forgetting it with forget;
 * and whether an answer to a new_object (new_grant) rule is about one. */
bool request_names_new(struct aws_client *c, const struct aws_request *req, bool grant,
		       const char *trusting, bool forget);
bool answer_about_new(struct aws_client *c, const struct aws_retry_rule *rule,
		      const struct aws_request *req, const struct aws_response *resp);

#endif
