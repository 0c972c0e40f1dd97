/*
 * client.c: the AWS transport. It owns the client (the credentials and
 * region from the chain its maker hands in, session.c; endpoint,
 * addressing style), the pool of curl easy handles shared by all threads,
 * signing every attempt, and one call's attempts: retries with backoff and
 * full jitter, the rules of timing.h, the failure report. Its other parts,
 * sharing client_fields.h: target.c (where each request goes: service
 * hosts, S3 virtual-hosted or path-style), errors.c (error responses read
 * into code, message and request id) and made.c (what the client made, for
 * the rules that hold for new objects only).
 */
#include "provider/aws/transport/client.h"
#include "provider/base/clock.h"
#include "provider/base/log.h"
#include "provider/base/progress.h"

#include <arpa/inet.h>
#include <ctype.h>
#include <errno.h>
#include <unistd.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>

#include <curl/curl.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include "provider/aws/transport/client_internal.h"
#include "provider/aws/transport/client_fields.h"
#include "provider/aws/transport/credentials.h"
#include "provider/aws/transport/credential_refresh.h"
#include "provider/aws/transport/endpoints.h"
#include "provider/aws/transport/pace.h"
#include "provider/aws/transport/s3_region.h"
#include "provider/aws/transport/sigv4.h"
#include "provider/aws/transport/timing.h"
#include "provider/aws/transport/xml.h"
#include "provider/base/encoding.h"

#define DEFAULT_MAX_ATTEMPTS 8
#define BACKOFF_BASE_MS 100
#define BACKOFF_CAP_MS 20000
#define DEFAULT_CONNECT_TIMEOUT_S 10
#define DEFAULT_READ_TIMEOUT_S 30
#define DEFAULT_OPERATION_TIMEOUT_S 900
/* AWS's timing (struct aws_timing): Terraform's AWS provider waits 2 to 5
 * minutes for new EC2 objects and 2 for IAM, and up to 20 for network
 * interfaces to let a security group or subnet go. */
#define DEFAULT_CONSISTENCY_S 300
#define DEFAULT_PROPAGATION_S 120
#define DEFAULT_DEPENDENCY_S 1200
/* Attempts of one call that the server leaves without a byte for
 * read_timeout (or that cannot connect within connect_timeout): after this
 * many the call fails, naming the setting, instead of retrying until
 * operation_timeout (aws_silent_server_bound_s). */
#define MAX_SILENT_ATTEMPTS 3
#define LOW_SPEED_BYTES_PER_S 1L
/* After SIGINT/SIGTERM an attempt in flight gets this long to be answered
 * (so a create that is being answered is recorded), then it is cut: seen
 * within POLL_MS, so that the process, having saved the state, exits
 * within the 2 s docs/safety.md promises. */
#define STOP_GRACE_S 1.5
/* How often a transfer in flight looks at the deadline and at a stop
 * request, however silent its connection. */
#define POLL_MS 100
#define EMPTY_SHA256 "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

static pthread_once_t curl_once = PTHREAD_ONCE_INIT;
static CURLcode curl_init_result;

static void curl_init_once(void)
{
	curl_init_result = curl_global_init(CURL_GLOBAL_DEFAULT);
}

/* ---- client ---- */

/* The provider's endpoints: block into c->endpoints, each URL checked now
 * so that a bad one is reported before any request. */
static int add_service_endpoints(struct aws_client *c, const json_t *urls, struct strbuf *err)
{
	const char *key;
	json_t *v;

	json_object_foreach((json_t *)urls, key, v) {
		struct aws_client scratch = { 0 };
		const char *url = json_string_value(v);
		int rc;

		if (json_is_null(v) || (url && !*url))
			continue;
		if (!url) {
			strbuf_addf(err, "endpoints.%s must be a string", key);
			return -1;
		}
		if (aws_endpoint_settings_add_provider_url(&c->endpoints, key, url, err) < 0)
			return -1;
		rc = parse_endpoint(&scratch, url, err);
		release_endpoint(&scratch);
		if (rc < 0) {
			strbuf_prefixf(err, "endpoints.%s: ", key);
			return -1;
		}
	}
	return 0;
}

/* A wait as configured (0: unset, -1: "do not wait") to what the client uses. */
static void timing_fill(int *seconds, int fallback)
{
	*seconds = *seconds < 0 ? 0 : *seconds ? *seconds : fallback;
}

int aws_client_make(const struct aws_config *cfg, aws_credentials_resolver *resolve,
		    struct aws_client **out, struct strbuf *err)
{
	struct aws_client *c;

	*out = NULL;
	pthread_once(&curl_once, curl_init_once);
	if (curl_init_result != CURLE_OK) {
		strbuf_addf(err, "cannot initialise libcurl: %s", curl_easy_strerror(curl_init_result));
		return -1;
	}
	c = xcalloc(1, sizeof(*c));
	pthread_mutex_init(&c->pool_lock, NULL);
	c->paces = aws_paces_new();
	s3_region_cache_init(&c->regions);
	if (aws_endpoint_settings_load(cfg ? cfg->profile : NULL, &c->endpoints, err) < 0)
		goto fail;
	if (cfg && cfg->endpoint && *cfg->endpoint) {
		if (parse_endpoint(c, cfg->endpoint, err) < 0)
			goto fail;
		c->endpoints.provider_url = xstrdup(c->endpoint);
	}
	if (cfg && add_service_endpoints(c, cfg->service_endpoints, err) < 0)
		goto fail;
	/* The credential chain's STS calls (AssumeRole and the like) go to the
	 * provider's endpoints.sts when it sets one, else to its endpoint. */
	struct aws_config chain_cfg = cfg ? *cfg : (struct aws_config){ 0 };
	const char *sts_from;

	chain_cfg.service_endpoints = NULL;
	chain_cfg.endpoint = aws_provider_endpoint(&c->endpoints, "sts", &sts_from);
	if (resolve(&chain_cfg, &c->creds, err) < 0)
		goto fail;
	aws_credential_store_init(&c->keys, &chain_cfg, &c->creds, resolve);
	if (!c->endpoint && !(cfg && cfg->skip_region_validation) &&
	    aws_region_check(c->creds.region, err) < 0) {
		strbuf_prefixf(err, "the region from %s: ", c->creds.region_source);
		goto fail;
	}
	if (cfg) {
		c->path_style = cfg->path_style;
		c->insecure = cfg->insecure;
		c->max_attempts = cfg->max_attempts;
		c->throttling_counts = cfg->throttling_counts;
		c->connect_timeout_s = cfg->connect_timeout_s;
		c->read_timeout_s = cfg->read_timeout_s;
		c->operation_timeout_s = cfg->operation_timeout_s;
		c->unsent_after_stop = cfg->unsent_after_stop;
		c->timing = cfg->timing;
	}
	/* The provider's or backend's own setting, else AWS_CA_BUNDLE, else the
	 * profile's ca_bundle (the credential chain read both). */
	const char *ca = cfg && cfg->ca_bundle && *cfg->ca_bundle ? cfg->ca_bundle
			 : c->creds.ca_bundle;
	if (ca && *ca) {
		if (access(ca, R_OK)) {
			strbuf_addf(err, "ca_bundle %s: %s", ca, strerror(errno));
			goto fail;
		}
		c->ca_bundle = xstrdup(ca);
	}
	if (c->max_attempts <= 0)
		c->max_attempts = DEFAULT_MAX_ATTEMPTS;
	if (c->connect_timeout_s <= 0)
		c->connect_timeout_s = DEFAULT_CONNECT_TIMEOUT_S;
	if (c->read_timeout_s <= 0)
		c->read_timeout_s = DEFAULT_READ_TIMEOUT_S;
	if (c->operation_timeout_s <= 0)
		c->operation_timeout_s = DEFAULT_OPERATION_TIMEOUT_S;
	timing_fill(&c->timing.consistency_s, DEFAULT_CONSISTENCY_S);
	timing_fill(&c->timing.propagation_s, DEFAULT_PROPAGATION_S);
	timing_fill(&c->timing.dependency_s, DEFAULT_DEPENDENCY_S);
	*out = c;
	return 0;
fail:
	aws_client_free(c);
	return -1;
}

struct aws_client *aws_client_for_op(struct aws_client *c, struct op_result *result)
{
	struct aws_client *op = xcalloc(1, sizeof(*op));

	op->base = client_base(c);
	op->result = result;
	return op;
}

struct aws_client *aws_client_for_region(struct aws_client *c, const char *region)
{
	struct aws_client *op = aws_client_for_op(c, c->base ? c->result : NULL);

	op->throttling_counts = c->throttling_counts;
	op->region = xstrdup(region);
	return op;
}

struct aws_client *aws_client_for_listing(struct aws_client *c)
{
	struct aws_client *op = aws_client_for_op(c, c->base ? c->result : NULL);

	op->throttling_counts = true;
	return op;
}

void aws_client_note_for_user(struct aws_client *c, const char *text)
{
	op_result_note(c->result, text);
}

const struct aws_client *aws_client_shared(const struct aws_client *c)
{
	return client_base(c);
}

void aws_client_free(struct aws_client *c)
{
	if (!c)
		return;
	if (c->base) { /* a client for one operation: its base stays */
		free(c->region);
		free(c);
		return;
	}
	for (size_t i = 0; i < c->n_idle; i++) {
		curl_easy_cleanup(c->idle_handles[i].easy);
		curl_multi_cleanup(c->idle_handles[i].multi);
	}
	free(c->idle_handles);
	free(c->silent_host);
	for (size_t i = 0; i < c->n_made; i++) {
		free(c->made[i].name);
		free(c->made[i].trust);
	}
	free(c->made);
	aws_paces_free(c->paces);
	pthread_mutex_destroy(&c->pool_lock);
	if (c->keys.creds)
		aws_credential_store_release(&c->keys);
	aws_credentials_release(&c->creds);
	release_endpoint(c);
	aws_endpoint_settings_release(&c->endpoints);
	aws_caller_identity_release(&c->caller);
	free(c->ca_bundle);
	s3_region_cache_release(&c->regions);
	free(c);
}

void aws_caller_identity_release(struct aws_caller_identity *id)
{
	free(id->account);
	free(id->arn);
	free(id->user_id);
	memset(id, 0, sizeof(*id));
}

const char *aws_client_region(const struct aws_client *c)
{
	return c->region ? c->region : client_base(c)->creds.region;
}

const struct aws_timing *aws_client_timing(const struct aws_client *c)
{
	return &client_base(c)->timing;
}

const char *aws_client_endpoint(const struct aws_client *c)
{
	return client_base(c)->endpoint;
}

const char *aws_partition(const char *region)
{
	if (region && !strncmp(region, "cn-", 3))
		return "aws-cn";
	if (region && !strncmp(region, "us-gov-", 7))
		return "aws-us-gov";
	return "aws";
}

/* A thread takes an idle handle (its connections stay open in its multi
 * handle's cache) or makes one; .easy is NULL when none can be made. */
static struct pooled_handle pool_take(struct aws_client *c)
{
	struct pooled_handle h = { NULL, NULL };

	pthread_mutex_lock(&c->pool_lock);
	if (c->n_idle)
		h = c->idle_handles[--c->n_idle];
	pthread_mutex_unlock(&c->pool_lock);
	if (h.easy)
		return h;
	h.easy = curl_easy_init();
	h.multi = curl_multi_init();
	if (!h.easy || !h.multi) {
		curl_easy_cleanup(h.easy);
		curl_multi_cleanup(h.multi);
		h.easy = NULL;
		h.multi = NULL;
	}
	return h;
}

static bool host_went_silent(struct aws_client *c, const char *host)
{
	bool silent;

	pthread_mutex_lock(&c->pool_lock);
	silent = c->silent_host && !strcmp(c->silent_host, host);
	pthread_mutex_unlock(&c->pool_lock);
	return silent;
}

static void pool_put(struct aws_client *c, struct pooled_handle h)
{
	pthread_mutex_lock(&c->pool_lock);
	if (c->n_idle == c->idle_alloc) {
		c->idle_alloc = c->idle_alloc ? 2 * c->idle_alloc : 8;
		c->idle_handles = xrealloc(c->idle_handles, c->idle_alloc * sizeof(*c->idle_handles));
	}
	c->idle_handles[c->n_idle++] = h;
	pthread_mutex_unlock(&c->pool_lock);
}

/* ---- one attempt ---- */

struct transfer {
	struct aws_response *resp;
	size_t headers_alloc;
	struct strbuf body;
	FILE *upload;
	off_t upload_start;      /* where the body starts in the file */
	off_t upload_len;        /* how many bytes of the file form the body */
	off_t upload_left;       /* of those, not yet handed to curl */
	int requests_sent;       /* request heads curl wrote: > 1 when it resent the
	                            request on a new connection by itself */
	double deadline;         /* monotonic seconds: the operation's deadline */
	double stop_seen;        /* when a stop request was first seen, or 0 */
	bool stopped;            /* cut by the stop request */
	bool timed_out;          /* cut by the deadline */
	bool (*abandon)(void);   /* the request's (may be NULL) */
	bool after_stop;         /* the request's: a stop does not cut it */
};

/* libcurl resends a request by itself when a reused connection turns out
 * dead; counting the request heads it writes shows that it did, so a
 * create answered "already exists" is known to be possibly our own. */
static int on_debug(CURL *h, curl_infotype type, char *data, size_t size, void *userdata)
{
	struct transfer *t = userdata;
	(void)h;
	(void)data;
	(void)size;
	if (type == CURLINFO_HEADER_OUT)
		t->requests_sent++;
	return 0;
}

/* Whether a stop request ends this request's transfer, retries and pauses:
 * not for the cleanup sent because of the stop (after_stop), which keeps
 * its deadline (a loaded server may take longer than STOP_GRACE_S to
 * answer an AbortMultipartUpload). */
static bool stop_ends(bool after_stop)
{
	return !after_stop && progress_stop_requested();
}

/* Whether to cut the transfer: at the operation's deadline, at once when
 * the user asks to stop the providers (the second SIGINT/SIGTERM: after
 * the first the operations in progress finish, as Terraform's do), or
 * STOP_GRACE_S after the request's own abandon() says. */
static bool transfer_cut(struct transfer *t)
{
	double now = monotonic_seconds();

	if (now >= t->deadline) {
		t->timed_out = true;
		return true;
	}
	if (stop_ends(t->after_stop)) {
		t->stopped = true;
		return true;
	}
	if (t->abandon && t->abandon()) {
		if (t->stop_seen == 0)
			t->stop_seen = now;
		else if (now - t->stop_seen >= STOP_GRACE_S) {
			t->stopped = true;
			return true;
		}
	}
	return false;
}

static int on_xferinfo(void *userdata, curl_off_t dltotal, curl_off_t dlnow,
		       curl_off_t ultotal, curl_off_t ulnow)
{
	(void)dltotal;
	(void)dlnow;
	(void)ultotal;
	(void)ulnow;
	return transfer_cut(userdata) ? 1 : 0;
}

/*
 * Run one transfer in its multi handle, waking at least every POLL_MS to
 * look at the deadline and at a stop request (curl_easy_perform calls the
 * progress callback only about once a second on a silent connection, which
 * made SIGTERM take seconds).
 */
static CURLcode perform_transfer(struct pooled_handle *p, struct transfer *t)
{
	CURLcode code = CURLE_ABORTED_BY_CALLBACK;
	CURLMsg *msg;
	int running = 1, queued;

	if (curl_multi_add_handle(p->multi, p->easy) != CURLM_OK)
		return curl_easy_perform(p->easy);
	while (running) {
		if (curl_multi_perform(p->multi, &running) != CURLM_OK) {
			code = CURLE_FAILED_INIT;
			break;
		}
		if (!running || transfer_cut(t))
			break;
		curl_multi_poll(p->multi, NULL, 0, POLL_MS, NULL);
	}
	while ((msg = curl_multi_info_read(p->multi, &queued)))
		if (msg->msg == CURLMSG_DONE && msg->easy_handle == p->easy)
			code = msg->data.result;
	curl_multi_remove_handle(p->multi, p->easy);
	return code;
}

static void clear_headers(struct aws_response *resp)
{
	for (size_t i = 0; i < resp->n_headers; i++) {
		free(resp->headers[i].name);
		free(resp->headers[i].value);
	}
	resp->n_headers = 0;
}

static size_t on_header(char *data, size_t size, size_t n, void *userdata)
{
	struct transfer *t = userdata;
	struct aws_response *resp = t->resp;
	size_t len = size * n, name_len, value_len;
	const char *colon, *value, *end = data + len;
	struct aws_header *h;

	/* Each response (100 Continue, redirects) starts again from its status line. */
	if (len >= 5 && !strncmp(data, "HTTP/", 5)) {
		clear_headers(resp);
		return len;
	}
	colon = memchr(data, ':', len);
	if (!colon)
		return len;
	name_len = (size_t)(colon - data);
	value = skip_space(colon + 1, end);
	while (end > value && isspace((unsigned char)end[-1]))
		end--;
	value_len = (size_t)(end - value);

	if (resp->n_headers == t->headers_alloc) {
		t->headers_alloc = t->headers_alloc ? 2 * t->headers_alloc : 16;
		resp->headers = xrealloc(resp->headers, t->headers_alloc * sizeof(*resp->headers));
	}
	h = &resp->headers[resp->n_headers++];
	h->name = xstrndup(data, name_len);
	for (char *p = h->name; *p; p++)
		*p = (char)tolower((unsigned char)*p);
	h->value = xstrndup(value, value_len);
	return len;
}

static size_t on_body(char *data, size_t size, size_t n, void *userdata)
{
	struct transfer *t = userdata;
	strbuf_add(&t->body, data, size * n);
	return size * n;
}

static size_t on_upload_read(char *buffer, size_t size, size_t n, void *userdata)
{
	struct transfer *t = userdata;
	size_t want = size * n, got;

	if ((off_t)want > t->upload_left)
		want = (size_t)t->upload_left;
	got = want ? fread(buffer, 1, want, t->upload) : 0;
	if (got == 0 && ferror(t->upload))
		return CURL_READFUNC_ABORT;
	t->upload_left -= (off_t)got;
	return got;
}

/* curl rewinds a body to resend it (after a redirect or an auth
 * challenge); offsets are relative to the start of the body. */
static int on_upload_seek(void *userdata, curl_off_t offset, int origin)
{
	struct transfer *t = userdata;

	if (origin != SEEK_SET || offset < 0 || (off_t)offset > t->upload_len)
		return CURL_SEEKFUNC_CANTSEEK;
	if (fseeko(t->upload, t->upload_start + (off_t)offset, SEEK_SET) != 0)
		return CURL_SEEKFUNC_FAIL;
	t->upload_left = t->upload_len - (off_t)offset;
	return CURL_SEEKFUNC_OK;
}

/* The part of req->body_file that forms the body: the whole file, or
 * body_len bytes from body_offset. -1 with err set when the file is
 * shorter than that. */
static int body_file_range(const struct aws_request *req, off_t file_size, off_t *start,
			   off_t *len, struct strbuf *err)
{
	if (!req->body_len && !req->body_offset) {
		*start = 0;
		*len = file_size;
		return 0;
	}
	if (req->body_offset < 0 || (uintmax_t)req->body_offset + req->body_len > (uintmax_t)file_size) {
		strbuf_addf(err, "%s holds %jd bytes, fewer than the %zu bytes from offset %jd to send",
			    req->body_file, (intmax_t)file_size, req->body_len, (intmax_t)req->body_offset);
		return -1;
	}
	*start = req->body_offset;
	*len = (off_t)req->body_len;
	return 0;
}

/* The SHA-256 of the body the request streams from its file. */
static int sha256_file(const struct aws_request *req, char out[65], struct strbuf *err)
{
	const char *path = req->body_file;
	FILE *f = fopen(path, "rb");
	EVP_MD_CTX *ctx;
	unsigned char buf[65536], digest[32];
	unsigned int digest_len = 0;
	struct stat st;
	off_t start, left;
	size_t got;
	int rc = 0;

	if (!f || fstat(fileno(f), &st) < 0) {
		strbuf_addf(err, "cannot open %s: %s", path, strerror(errno));
		if (f)
			fclose(f);
		return -1;
	}
	if (body_file_range(req, st.st_size, &start, &left, err) < 0 ||
	    fseeko(f, start, SEEK_SET) != 0) {
		if (!err->len)
			strbuf_addf(err, "cannot seek in %s: %s", path, strerror(errno));
		fclose(f);
		return -1;
	}
	ctx = EVP_MD_CTX_new();
	if (!ctx || !EVP_DigestInit_ex(ctx, EVP_sha256(), NULL))
		rc = -1;
	while (!rc && left > 0 &&
	       (got = fread(buf, 1, left < (off_t)sizeof(buf) ? (size_t)left : sizeof(buf), f)) > 0) {
		left -= (off_t)got;
		if (!EVP_DigestUpdate(ctx, buf, got))
			rc = -1;
	}
	if (!rc && !ferror(f) && left > 0) {
		strbuf_addf(err, "%s ended early: it changed while being read", path);
		rc = -1;
	} else if (!rc && ferror(f)) {
		strbuf_addf(err, "cannot read %s: %s", path, strerror(errno));
		rc = -1;
	} else if (!rc && !EVP_DigestFinal_ex(ctx, digest, &digest_len)) {
		rc = -1;
	}
	if (rc && !err->len)
		strbuf_addf(err, "cannot compute the SHA-256 of %s", path);
	EVP_MD_CTX_free(ctx);
	fclose(f);
	if (!rc)
		hex_text(digest, digest_len, out);
	return rc;
}

static void add_header(struct curl_slist **list, const char *name, const char *value)
{
	/* "Name;" is curl's way to send a header with an empty value. */
	char *line = *value ? xasprintf("%s: %s", name, value) : xasprintf("%s;", name);
	struct curl_slist *grown = curl_slist_append(*list, line);

	free(line);
	if (!grown) {
		fputs("terrace: out of memory\n", stderr);
		abort();
	}
	*list = grown;
}

static bool has_request_header(const struct aws_request *req, const char *name)
{
	for (size_t i = 0; i < req->n_headers; i++)
		if (!strcasecmp(req->headers[i].name, name))
			return true;
	return false;
}

/* Sign and build the header list for one attempt; -1 with err set. */
static int signed_headers(struct aws_client *c, const struct aws_request *req,
			  const struct aws_target *target, const char *payload_hash,
			  struct curl_slist **out, struct strbuf *err)
{
	bool is_s3 = !strcmp(req->service, "s3");
	size_t n = 0;
	struct sigv4_header *sig_headers = xcalloc(req->n_headers + 2, sizeof(*sig_headers));
	struct aws_credentials keys;
	struct sigv4_credentials cred;
	struct sigv4_request sreq = {
		.method = req->method,
		.path = target->sign_path,
		.query = req->query && *req->query ? req->query : NULL,
		.payload_hash = payload_hash,
		.region = target->signing_region,
		.service = req->service,
		.when = time(NULL),
		.s3_rules = is_s3,
	};
	struct strbuf authorization = STRBUF_INIT, amz_date = STRBUF_INIT;
	int rc;

	sig_headers[n++] = (struct sigv4_header){ "Host", target->host };
	if (is_s3)
		sig_headers[n++] = (struct sigv4_header){ "x-amz-content-sha256", payload_hash };
	for (size_t i = 0; i < req->n_headers; i++)
		sig_headers[n++] = (struct sigv4_header){ req->headers[i].name, req->headers[i].value };
	sreq.headers = sig_headers;
	sreq.n_headers = n;

	/* The current keys, refreshed first when they are about to expire. */
	if (aws_credential_store_keys(&c->keys, &keys, err) < 0) {
		free(sig_headers);
		return -1;
	}
	cred = (struct sigv4_credentials){
		.access_key_id = keys.access_key_id,
		.secret_access_key = keys.secret_access_key,
		.session_token = keys.session_token,
	};
	rc = sigv4_sign_headers(&sreq, &cred, &authorization, &amz_date, NULL, NULL, err);
	if (!rc) {
		for (size_t i = 0; i < n; i++)
			add_header(out, sig_headers[i].name, sig_headers[i].value);
		add_header(out, "X-Amz-Date", amz_date.buf);
		if (cred.session_token && *cred.session_token)
			add_header(out, "X-Amz-Security-Token", cred.session_token);
		add_header(out, "Authorization", authorization.buf);
		/* curl's own additions that would otherwise go unsigned or stall. */
		*out = curl_slist_append(*out, "Expect:");
		if (!has_request_header(req, "Content-Type"))
			*out = curl_slist_append(*out, "Content-Type:");
	}
	explicit_bzero(authorization.buf, authorization.len);
	strbuf_release(&authorization);
	strbuf_release(&amz_date);
	free(sig_headers);
	aws_credentials_release(&keys);
	return rc;
}

enum attempt_result { ATTEMPT_RESPONSE, ATTEMPT_TRANSPORT_ERROR, ATTEMPT_FATAL };

/*
 * One attempt: sign with the current time, send, collect the response into
 * resp. ATTEMPT_TRANSPORT_ERROR leaves the curl code and its text in
 * *curl_code / transport_err; ATTEMPT_FATAL (cannot sign, cannot open the
 * body file) sets err.
 */
static enum attempt_result attempt_once(struct aws_client *c, struct pooled_handle *p,
					const struct aws_request *req,
					const struct aws_target *target,
					const char *payload_hash, double deadline,
					struct aws_response *resp, CURLcode *curl_code,
					int *requests_sent, struct strbuf *transport_err,
					struct strbuf *err)
{
	struct transfer t = { .resp = resp, .body = STRBUF_INIT, .deadline = deadline,
			      .abandon = req->abandon, .after_stop = req->after_stop };
	struct curl_slist *headers = NULL;
	CURL *h = p->easy;
	char curl_error[CURL_ERROR_SIZE] = "";
	enum attempt_result result = ATTEMPT_RESPONSE;
	CURLcode code;

	if (signed_headers(c, req, target, payload_hash, &headers, err) < 0)
		return ATTEMPT_FATAL;

	curl_easy_reset(h);
	curl_easy_setopt(h, CURLOPT_URL, target->url);
	curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers);
	curl_easy_setopt(h, CURLOPT_ERRORBUFFER, curl_error);
	curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(h, CURLOPT_USERAGENT, "terrace");
	curl_easy_setopt(h, CURLOPT_TCP_KEEPALIVE, 1L);
	/* libcurl resends a request by itself only on a reused connection. */
	if (req->once)
		curl_easy_setopt(h, CURLOPT_FRESH_CONNECT, 1L);
	curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT, (long)c->connect_timeout_s);
	curl_easy_setopt(h, CURLOPT_LOW_SPEED_LIMIT, LOW_SPEED_BYTES_PER_S);
	curl_easy_setopt(h, CURLOPT_LOW_SPEED_TIME,
			 (long)(req->answer_within_s > c->read_timeout_s ? req->answer_within_s
									 : c->read_timeout_s));
	curl_easy_setopt(h, CURLOPT_NOPROGRESS, 0L);
	curl_easy_setopt(h, CURLOPT_XFERINFOFUNCTION, on_xferinfo);
	curl_easy_setopt(h, CURLOPT_XFERINFODATA, &t);
	curl_easy_setopt(h, CURLOPT_DEBUGFUNCTION, on_debug);
	curl_easy_setopt(h, CURLOPT_DEBUGDATA, &t);
	curl_easy_setopt(h, CURLOPT_VERBOSE, 1L);
	curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, c->insecure ? 0L : 1L);
	if (c->ca_bundle)
		curl_easy_setopt(h, CURLOPT_CAINFO, c->ca_bundle);
	curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, c->insecure ? 0L : 2L);
	curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, on_header);
	curl_easy_setopt(h, CURLOPT_HEADERDATA, &t);
	curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, on_body);
	curl_easy_setopt(h, CURLOPT_WRITEDATA, &t);

	if (!strcmp(req->method, "HEAD")) {
		curl_easy_setopt(h, CURLOPT_NOBODY, 1L);
	} else if (req->body_file) {
		struct stat st;

		struct strbuf range_err = STRBUF_INIT;

		t.upload = fopen(req->body_file, "rb");
		if (!t.upload || fstat(fileno(t.upload), &st) < 0) {
			strbuf_addf(err, "%s %s: cannot open %s: %s", req->service,
				    req->operation ? req->operation : req->method,
				    req->body_file, strerror(errno));
			result = ATTEMPT_FATAL;
			goto out;
		}
		if (body_file_range(req, st.st_size, &t.upload_start, &t.upload_len, &range_err) < 0 ||
		    fseeko(t.upload, t.upload_start, SEEK_SET) != 0) {
			strbuf_addf(err, "%s %s: %s", req->service,
				    req->operation ? req->operation : req->method,
				    range_err.len ? range_err.buf : strerror(errno));
			strbuf_release(&range_err);
			result = ATTEMPT_FATAL;
			goto out;
		}
		t.upload_left = t.upload_len;
		curl_easy_setopt(h, CURLOPT_UPLOAD, 1L);
		curl_easy_setopt(h, CURLOPT_READFUNCTION, on_upload_read);
		curl_easy_setopt(h, CURLOPT_READDATA, &t);
		curl_easy_setopt(h, CURLOPT_SEEKFUNCTION, on_upload_seek);
		curl_easy_setopt(h, CURLOPT_SEEKDATA, &t);
		curl_easy_setopt(h, CURLOPT_INFILESIZE_LARGE, (curl_off_t)t.upload_len);
		if (strcmp(req->method, "PUT"))
			curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, req->method);
	} else if (req->body || !strcmp(req->method, "PUT") || !strcmp(req->method, "POST") ||
		   !strcmp(req->method, "PATCH")) {
		curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)req->body_len);
		curl_easy_setopt(h, CURLOPT_POSTFIELDS, req->body ? (const char *)req->body : "");
		if (strcmp(req->method, "POST"))
			curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, req->method);
	} else if (!strcmp(req->method, "GET")) {
		curl_easy_setopt(h, CURLOPT_HTTPGET, 1L);
	} else {
		curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, req->method);
	}

	code = perform_transfer(p, &t);
	*requests_sent = t.requests_sent;
	if (code != CURLE_OK) {
		*curl_code = code;
		if (t.timed_out)
			strbuf_addstr(transport_err, "operation deadline reached");
		else if (t.stopped)
			strbuf_addstr(transport_err, "interrupted");
		else
			strbuf_addstr(transport_err, curl_error[0] ? curl_error
								: curl_easy_strerror(code));
		result = ATTEMPT_TRANSPORT_ERROR;
		goto out;
	}
	curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &resp->status);
	resp->body_len = t.body.len;
	resp->body = strbuf_detach(&t.body);
	{
		const char *id = aws_response_header(resp, "x-amz-request-id");
		if (!id)
			id = aws_response_header(resp, "x-amzn-requestid");
		if (id && *id)
			resp->request_id = xstrdup(id);
	}
out:
	/* The handle must not keep pointers into this attempt's buffers. */
	curl_easy_setopt(h, CURLOPT_HTTPHEADER, NULL);
	curl_easy_setopt(h, CURLOPT_ERRORBUFFER, NULL);
	curl_easy_setopt(h, CURLOPT_XFERINFODATA, NULL);
	curl_easy_setopt(h, CURLOPT_DEBUGDATA, NULL);
	curl_easy_setopt(h, CURLOPT_NOPROGRESS, 1L);
	curl_easy_setopt(h, CURLOPT_VERBOSE, 0L);
	if (t.upload)
		fclose(t.upload);
	curl_slist_free_all(headers);
	strbuf_release(&t.body);
	return result;
}

/* Every failure of the connection or of the answer's framing is retried
 * like a dropped connection: resets, partial reads, a malformed status line
 * or headers ("Received HTTP/0.9 when not allowed", which libcurl reports
 * as an unsupported protocol: the URL's own protocol is checked before any
 * request), bad chunked or content encoding, timeouts. */
static bool transport_error_is_retryable(CURLcode code)
{
	switch (code) {
	case CURLE_UNSUPPORTED_PROTOCOL:
	case CURLE_WEIRD_SERVER_REPLY:
	case CURLE_BAD_CONTENT_ENCODING:
	case CURLE_RANGE_ERROR:
	case CURLE_COULDNT_CONNECT:
	case CURLE_SEND_ERROR:
	case CURLE_RECV_ERROR:
	case CURLE_GOT_NOTHING:
	case CURLE_OPERATION_TIMEDOUT:
	case CURLE_PARTIAL_FILE:
	case CURLE_SSL_CONNECT_ERROR:
	case CURLE_HTTP2:
	case CURLE_HTTP2_STREAM:
		return true;
	default:
		return false;
	}
}

/* The longest backoff before retry number `retry` (0 for the first),
 * in milliseconds: min(cap, base * 2^retry). */
static uint64_t backoff_ceiling_ms(int retry)
{
	uint64_t ceiling = BACKOFF_BASE_MS;

	for (int i = 0; i < retry && ceiling < BACKOFF_CAP_MS; i++)
		ceiling *= 2;
	return ceiling > BACKOFF_CAP_MS ? BACKOFF_CAP_MS : ceiling;
}

static int silent_attempts_allowed(int max_attempts)
{
	return max_attempts < MAX_SILENT_ATTEMPTS ? max_attempts : MAX_SILENT_ATTEMPTS;
}

/* client_internal.h */
double aws_silent_server_bound_s(int max_attempts, int read_timeout_s, int operation_timeout_s)
{
	int n = silent_attempts_allowed(max_attempts > 0 ? max_attempts : DEFAULT_MAX_ATTEMPTS);
	double read = read_timeout_s > 0 ? read_timeout_s : DEFAULT_READ_TIMEOUT_S;
	double op = operation_timeout_s > 0 ? operation_timeout_s : DEFAULT_OPERATION_TIMEOUT_S;
	/* libcurl checks the speed once a second: an attempt ends up to 1 s late. */
	double total = n * (read + 1.0);

	for (int retry = 0; retry < n - 1; retry++)
		total += (double)backoff_ceiling_ms(retry) / 1000.0;
	return total < op ? total : op;
}

/* Full jitter: a uniformly random sleep in [0, backoff_ceiling_ms(retry)],
 * never past the deadline, in slices so a stop request ends it. Returns the
 * pause it chose, in seconds. */
static double backoff_sleep(int retry, double deadline, bool after_stop)
{
	uint64_t ceiling = backoff_ceiling_ms(retry), r;
	struct timespec ts;

	if (RAND_bytes((unsigned char *)&r, sizeof(r)) != 1)
		r = (uint64_t)time(NULL) * 2654435761u;
	r = r % ((ceiling + 1) * 1000);   /* microseconds */
	double start = monotonic_seconds(), until = start + (double)r / 1e6;
	if (until > deadline)
		until = deadline;
	for (double now = monotonic_seconds(); now < until && !stop_ends(after_stop);
	     now = monotonic_seconds()) {
		double slice = until - now < 0.1 ? until - now : 0.1;
		ts.tv_sec = 0;
		ts.tv_nsec = (long)(slice * 1e9);
		while (nanosleep(&ts, &ts) < 0 && errno == EINTR)
			;
	}
	return until > start ? until - start : 0;
}

static void reset_response(struct aws_response *resp)
{
	int attempts = resp->attempts;
	double backoff_s = resp->backoff_s;
	aws_response_free(resp);
	resp->attempts = attempts;
	resp->backoff_s = backoff_s;
}

static int send_request(struct aws_client *c, const struct aws_request *req,
			struct aws_response *resp, bool may_redirect, struct strbuf *err);

/* A wrong-region answer naming no region: HeadBucket (signed for the
 * client's region, not redirected itself) answers with the bucket's region
 * in x-amz-bucket-region whatever its status. A new string, or NULL. */
static char *ask_bucket_region(struct aws_client *c, const char *bucket)
{
	struct aws_request head = {
		.service = "s3", .operation = "HeadBucket", .method = "HEAD",
		.bucket = bucket, .path = "/",
	};
	struct aws_response resp;
	struct strbuf ignored = STRBUF_INIT;
	char *region;

	send_request(c, &head, &resp, false, &ignored);
	region = s3_bucket_region_header(&resp);
	aws_response_free(&resp);
	strbuf_release(&ignored);
	return region;
}

/*
 * When resp says the request's bucket is in another region (s3_region.h),
 * remember the bucket's region and rebuild *target for it (signed for that
 * region, sent to its host): true when the request is to be sent again.
 */
static bool follow_bucket_region(struct aws_client *c, const struct aws_request *req,
				 const struct aws_response *resp, struct aws_target *target)
{
	const char *operation = req->operation ? req->operation : req->method;
	char *region = NULL;
	enum s3_redirect kind = s3_redirect_of(req, resp, &region);
	struct aws_target next;
	struct strbuf build_err = STRBUF_INIT;
	bool first;

	if (kind == S3_REDIRECT_ASK)
		region = ask_bucket_region(c, req->bucket);
	if (kind == S3_NO_REDIRECT)
		return false;
	if (!region || !strcmp(region, target->signing_region)) {
		log_debugf("s3 %s: bucket %s answered HTTP %ld as if in another region than %s,"
			   " but names none other: not redirected", operation, req->bucket,
			   resp->status, target->signing_region);
		free(region);
		return false;
	}
	first = s3_region_cache_put(&c->regions, req->bucket, region);
	if (first)
		log_debugf("s3 %s: bucket %s is in region %s, not %s (HTTP %ld%s%s): re-signed"
			   " for %s; its later requests go there directly", operation,
			   req->bucket, region, target->signing_region, resp->status,
			   resp->error_code ? " " : "", resp->error_code ? resp->error_code : "",
			   region);
	else
		log_debugf("s3 %s: bucket %s, sent before its region %s was known, re-signed"
			   " for it", operation, req->bucket, region);
	free(region);
	if (aws_target_build(c, req, &next, &build_err) < 0) {
		log_debugf("s3 %s: %s", operation, build_err.buf);
		strbuf_release(&build_err);
		return false;
	}
	strbuf_release(&build_err);
	aws_target_release(target);
	*target = next;
	return true;
}

int aws_send(struct aws_client *c, const struct aws_request *req,
	     struct aws_response *resp, struct strbuf *err)
{
	struct aws_request in_region;

	if (c->region && !req->region) {
		in_region = *req;
		in_region.region = c->region;
		req = &in_region;
	}
	return send_request(c, req, resp, true, err);
}

/* ---- one call: attempts, the retry decision, the failure report ---- */

/* One aws_send in progress. */
struct call {
	struct aws_client *c;
	struct op_result *op_result; /* of the operation it is a call of, or NULL */
	const struct aws_request *req;
	const char *operation;
	struct aws_target target;
	double deadline;             /* monotonic: operation_timeout, stretched by a rule's wait */
	int attempt;                 /* attempts made */
	int failures;                /* of them, those counted against max_attempts */
	bool throttling_counts;      /* a throttling answer is one of them (the client's
					or its listing client's setting) */
	int backoffs;                /* backoff pauses so far */
	double backoff_s;            /* the pauses they chose, in seconds */
	int resent, redirects, silent;
	int sent;                    /* request heads the last attempt wrote */
	enum attempt_result result;
	CURLcode curl_code;
	struct strbuf transport_err;
	const struct aws_retry_rule *rule; /* the rule being waited out, or NULL */
	double rule_started;
	int rule_retries;
	bool rule_spent;             /* gave up: its wait ran out */
	bool status_shown;           /* a progress line of a wait or a pace is up */
	bool out_of_time, stopped, any_sent;
};

enum next_step {
	STEP_DONE,      /* an answer to hand back, good or bad */
	STEP_BACKOFF,   /* transient: again after a jittered backoff */
	STEP_WAIT,      /* a rule of timing.h: again after its pause */
	STEP_AT_ONCE,   /* to the bucket's region, at once */
};

/* What a throttling answer does to the action's pace, said once per drop. */
static void record_pace(struct call *k, const struct aws_response *resp)
{
	bool throttled = aws_error_is_throttling(resp->status, resp->error_code);
	double rate = aws_pace_record(k->c->paces, k->req->service, k->operation, throttled);

	if (rate > 0) {
		char *line = xasprintf("%s is throttling %s: %.1f requests/s", k->req->service,
				       k->operation, rate);
		log_debugf("%s (pace after HTTP %ld %s)", line, resp->status,
			   resp->error_code ? resp->error_code : "");
		progress_status(line);
		k->status_shown = true;
		free(line);
	}
}

/* Whether an error answer is one of timing.h's to wait out: k->rule then
 * holds it, and k->rule_spent says when its wait has run out. */
static bool rule_applies(struct call *k, const struct aws_response *resp)
{
	const struct aws_retry_rule *rule = aws_retry_rule_find(k->req, resp);
	int budget;
	double now = monotonic_seconds();

	if (!rule || ((rule->new_object || rule->new_grant) &&
		      !answer_about_new(k->c, rule, k->req, resp)))
		return false;
	budget = aws_wait_seconds(&k->c->timing, rule->wait);
	if (!budget)
		return false;
	if (k->rule != rule) {
		k->rule = rule;
		k->rule_started = now;
		k->rule_retries = 0;
	}
	if (now - k->rule_started + aws_rule_pause_s(k->rule_retries) > budget) {
		k->rule_spent = true;
		return false;
	}
	if (k->deadline < k->rule_started + budget + k->c->read_timeout_s)
		k->deadline = k->rule_started + budget + k->c->read_timeout_s;
	return true;
}

/* The retry decision after one attempt. */
static enum next_step next_step(struct call *k, struct aws_response *resp, bool may_redirect)
{
	if (k->result == ATTEMPT_FATAL)
		return STEP_DONE;
	if (k->result == ATTEMPT_TRANSPORT_ERROR) {
		if (!transport_error_is_retryable(k->curl_code) ||
		    k->curl_code == CURLE_ABORTED_BY_CALLBACK)
			return STEP_DONE;
		/* A request carried out at most once went out: it may have been. */
		if (k->req->once && k->sent > 0)
			return STEP_DONE;
		/* No byte for read_timeout, or no connection: a server that
		 * stays silent is given up on after a few. */
		if (k->curl_code == CURLE_OPERATION_TIMEDOUT &&
		    ++k->silent >= silent_attempts_allowed(k->c->max_attempts))
			return STEP_DONE;
		return ++k->failures < k->c->max_attempts ? STEP_BACKOFF : STEP_DONE;
	}
	if (resp->status < 300 && !s3_error_in_200(k->req, resp)) {
		record_pace(k, resp);
		return STEP_DONE;
	}
	aws_response_parse_error(resp);
	record_pace(k, resp);
	/* Sent to the wrong region: once more, at once, to the right one. */
	if (may_redirect && !k->redirects && follow_bucket_region(k->c, k->req, resp, &k->target)) {
		k->redirects++;
		return STEP_AT_ONCE;
	}
	/* Throttled: paced, and again until the deadline (or, for a client
	 * whose throttled calls count, until max_attempts). */
	if (aws_error_is_throttling(resp->status, resp->error_code))
		return !k->throttling_counts || ++k->failures < k->c->max_attempts ? STEP_BACKOFF
										   : STEP_DONE;
	/* A server error may come after the work was done. */
	if (k->req->once && resp->status >= 500)
		return STEP_DONE;
	if (aws_error_is_retryable(resp->status, resp->error_code))
		return ++k->failures < k->c->max_attempts ? STEP_BACKOFF : STEP_DONE;
	return rule_applies(k, resp) ? STEP_WAIT : STEP_DONE;
}

/* Sleep until `until` (monotonic), in slices so a stop request ends it. */
static void sleep_until(double until, bool after_stop)
{
	for (double now = monotonic_seconds(); now < until && !stop_ends(after_stop);
	     now = monotonic_seconds()) {
		double slice = until - now < 0.1 ? until - now : 0.1;
		struct timespec ts = { 0, (long)(slice * 1e9) };
		while (nanosleep(&ts, &ts) < 0 && errno == EINTR)
			;
	}
}

/* The pause a step calls for; false when the deadline or a stop came first. */
static bool pause_for(struct call *k, enum next_step step, const struct aws_response *resp)
{
	if (step == STEP_BACKOFF) {
		k->backoff_s += backoff_sleep(k->backoffs++, k->deadline, k->req->after_stop);
	} else if (step == STEP_WAIT) {
		double pause = aws_rule_pause_s(k->rule_retries++);
		double waited = monotonic_seconds() - k->rule_started;
		int budget = aws_wait_seconds(&k->c->timing, k->rule->wait);
		/* AWS's message names what it refuses: "resource sg-0ab... has a
		 * dependent object". */
		char *line = xasprintf("%s %s: waiting for %s, %.0f s of %d: %s: %s",
				       k->req->service, k->operation, k->rule->what, waited, budget,
				       resp->error_code, resp->error_message ? resp->error_message : "");

		log_debugf("%s (retry %d in %.1f s)", line, k->rule_retries, pause);
		progress_status(line);
		k->status_shown = true;
		free(line);
		sleep_until(monotonic_seconds() + pause, k->req->after_stop);
	}
	k->out_of_time = monotonic_seconds() >= k->deadline;
	k->stopped = stop_ends(k->req->after_stop);
	return !k->out_of_time && !k->stopped;
}

/* The error of a call that ended without an answer, or with a bad one; 0
 * for a good answer. */
static int report(struct call *k, struct aws_response *resp, struct strbuf *err)
{
	struct aws_client *c = k->c;
	const struct aws_request *req = k->req;
	const char *op = k->operation, *url = k->target.url, *last = k->transport_err.buf;
	bool transport = k->result == ATTEMPT_TRANSPORT_ERROR;
	int n = resp->attempts;

	if (transport && k->any_sent && k->op_result)
		atomic_store(&k->op_result->outcome_unknown, true);
	if (!req->once)
		resp->outcome_unknown = transport && k->any_sent;
	else if (transport)
		resp->outcome_unknown = k->sent > 0;
	else
		resp->outcome_unknown = resp->status >= 500 &&
					!aws_error_is_throttling(resp->status, resp->error_code);
	if (transport && !strcmp(last, "operation deadline reached"))
		k->out_of_time = true;
	if (k->result == ATTEMPT_FATAL)
		return -1;
	if (transport && (k->stopped || !strcmp(last, "interrupted"))) {
		strbuf_addf(err, "%s %s: interrupted after %d attempt%s (last: %s)", req->service,
			    op, n, n == 1 ? "" : "s", last);
	} else if (transport && k->out_of_time) {
		strbuf_addf(err, "%s %s (%s %s): operation deadline reached after %d attempt%s "
			    "(last: %s); operation_timeout (TERRACE_AWS_OPERATION_TIMEOUT) is %d s",
			    req->service, op, req->method, url, n, n == 1 ? "" : "s", last,
			    c->operation_timeout_s);
	} else if (transport && k->silent >= silent_attempts_allowed(c->max_attempts)) {
		pthread_mutex_lock(&c->pool_lock);
		if (!c->silent_host)
			c->silent_host = xstrdup(k->target.host);
		pthread_mutex_unlock(&c->pool_lock);
		strbuf_addf(err, "%s %s (%s %s): no answer, %d attempt%s in a row (last: %s); a "
			    "server this slow needs a longer read_timeout (TERRACE_AWS_READ_TIMEOUT, "
			    "now %d s) or connect_timeout (TERRACE_AWS_CONNECT_TIMEOUT, now %d s)",
			    req->service, op, req->method, url, k->silent, k->silent == 1 ? "" : "s",
			    last, c->read_timeout_s, c->connect_timeout_s);
	} else if (transport) {
		strbuf_addf(err, "%s %s: connection failed after %d attempt%s: %s", req->service,
			    op, n, n == 1 ? "" : "s", last);
	} else if (resp->status < 300 && !resp->error_code) {
		/* A deleted bucket's name may be taken in another region. */
		if (!strcmp(req->service, "s3") && req->bucket && !strcmp(req->method, "DELETE") &&
		    (!req->path || !strcmp(req->path, "/")) && !(req->query && *req->query))
			s3_region_cache_forget(&c->regions, req->bucket);
		/* What a delete took away is gone for good: its NotFound is true. */
		if (!strncmp(op, "Delete", 6) || !strncmp(op, "Terminate", 9) ||
		    !strncmp(op, "Release", 7))
			request_names_new(c, req, false, NULL, true);
		return 0;
	} else {
		aws_format_http_error(err, req->service, op, resp);
		if (k->rule && k->rule_spent)
			strbuf_addf(err, " (still refused after waiting %.0f s for %s; %s (%s) is %d s)",
				    monotonic_seconds() - k->rule_started, k->rule->what,
				    aws_wait_setting(k->rule->wait), aws_wait_env(k->rule->wait),
				    aws_wait_seconds(&c->timing, k->rule->wait));
	}
	if (req->once && resp->outcome_unknown)
		strbuf_addstr(err, " (it may have been carried out: not sent again, as a resend "
			      "could carry it out twice)");
	return -1;
}

/* Send req, signing each attempt, until an answer that ends the call. */
static int send_request(struct aws_client *op, const struct aws_request *req,
			struct aws_response *resp, bool may_redirect, struct strbuf *err)
{
	struct aws_client *c = client_base(op);
	struct aws_response scratch;
	struct call k = { .c = c, .op_result = op->result, .req = req, .result = ATTEMPT_FATAL,
			  .throttling_counts = c->throttling_counts || op->throttling_counts,
			  .transport_err = STRBUF_INIT };
	char payload_hash[65];
	struct pooled_handle h;
	int rc = -1;

	if (!resp)
		resp = &scratch;
	memset(resp, 0, sizeof(*resp));
	if (!req->service || !req->method) {
		strbuf_addstr(err, "AWS request without service or method");
		goto done;
	}
	k.operation = req->operation ? req->operation : req->method;
	if (aws_target_build(c, req, &k.target, err) < 0)
		goto done;
	if (c->unsent_after_stop && stop_ends(req->after_stop)) {
		strbuf_addf(err, "%s %s: not sent: interrupted", req->service, k.operation);
		goto release;
	}
	if (host_went_silent(c, k.target.host)) {
		strbuf_addf(err, "%s %s (%s %s): not sent: %s gave no answer to an earlier request; "
			    "a server this slow needs a longer read_timeout (TERRACE_AWS_READ_TIMEOUT, "
			    "now %d s) or connect_timeout (TERRACE_AWS_CONNECT_TIMEOUT, now %d s)",
			    req->service, k.operation, req->method, k.target.url, k.target.host,
			    c->read_timeout_s, c->connect_timeout_s);
		goto release;
	}
	if (req->body_file) {
		struct strbuf file_err = STRBUF_INIT;
		if (sha256_file(req, payload_hash, &file_err) < 0) {
			strbuf_addf(err, "%s %s: %s", req->service, k.operation, file_err.buf);
			strbuf_release(&file_err);
			goto release;
		}
	} else if (req->body_len) {
		sigv4_sha256_hex(req->body, req->body_len, payload_hash);
	} else {
		memcpy(payload_hash, EMPTY_SHA256, sizeof(payload_hash));
	}
	h = pool_take(c);
	if (!h.easy) {
		strbuf_addf(err, "%s %s: cannot create a curl handle", req->service, k.operation);
		goto release;
	}
	k.deadline = monotonic_seconds() + c->operation_timeout_s;
	/* Only a request that asks for a longer answer (StartSyncExecution)
	 * goes past the operation deadline: every other keeps it, shorter
	 * than its read timeout or not. */
	if (req->answer_within_s > 0 &&
	    req->answer_within_s + c->read_timeout_s > c->operation_timeout_s)
		k.deadline = monotonic_seconds() + req->answer_within_s + c->read_timeout_s;
	for (;;) {
		enum next_step step;
		int sent = 0;
		double t0;

		aws_pace_acquire(c->paces, req->service, k.operation, k.deadline);
		reset_response(resp);
		strbuf_reset(&k.transport_err);
		t0 = monotonic_seconds();
		k.attempt++;
		k.result = attempt_once(c, &h, req, &k.target, payload_hash, k.deadline, resp,
					&k.curl_code, &sent, &k.transport_err, err);
		k.sent = sent;
		/* A request libcurl sent more than once counts as that many
		 * attempts: the earlier one may have been carried out. */
		if (sent > 1)
			k.resent += sent - 1;
		if (sent > 0)
			k.any_sent = true;
		resp->attempts = k.attempt + k.resent;
		resp->backoff_s = k.backoff_s;
		if (log_enabled()) {
			long ms = (long)((monotonic_seconds() - t0) * 1000);
			if (k.result == ATTEMPT_RESPONSE)
				log_debugf("%s %s %s%s%s: HTTP %ld in %ld ms (attempt %d)", req->service,
					   k.operation, req->method, req->bucket ? " bucket " : "",
					   req->bucket ? req->bucket : "", resp->status, ms, k.attempt);
			else
				log_debugf("%s %s: %s after %ld ms (attempt %d)", req->service,
					   k.operation, k.transport_err.len ? k.transport_err.buf
									    : "failed", ms, k.attempt);
		}
		step = next_step(&k, resp, may_redirect);
		if (step == STEP_DONE)
			break;
		if (step != STEP_AT_ONCE && !pause_for(&k, step, resp))
			break;
	}
	pool_put(c, h);
	if (k.status_shown)
		progress_status("");
	rc = report(&k, resp, err);
release:
	aws_target_release(&k.target);
done:
	if (rc)
		aws_failure_record(resp->status, resp->error_code,
				   k.result == ATTEMPT_TRANSPORT_ERROR &&
				   k.curl_code == CURLE_COULDNT_RESOLVE_HOST);
	strbuf_release(&k.transport_err);
	if (resp == &scratch)
		aws_response_free(resp);
	return rc;
}
