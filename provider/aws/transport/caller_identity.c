/*
 * caller_identity.c: STS GetCallerIdentity, asked once per client and
 * remembered (aws_client_caller_identity, aws_client_account_id), and the
 * credentials check built on it (aws_client_verify: whether the keys work,
 * telling a refusal from an endpoint that serves no STS).
 */
#include "provider/aws/transport/client_fields.h"
#include "provider/aws/transport/client_internal.h"
#include "provider/aws/transport/xml.h"
#include "provider/base/log.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

static void caller_identity_copy(struct aws_caller_identity *to,
				 const struct aws_caller_identity *from)
{
	to->account = xstrdup(from->account);
	to->arn = xstrdup(from->arn ? from->arn : "");
	to->user_id = xstrdup(from->user_id ? from->user_id : "");
}

/* STS GetCallerIdentity's answer, remembered in c. On failure *status gets
 * the HTTP status of the answer (0: none came) and *code its AWS error code
 * (a new string, or NULL). */
static int caller_identity(struct aws_client *op, struct aws_caller_identity *out, long *status,
			   char **code, struct strbuf *err)
{
	struct aws_client *c = client_base(op);
	struct aws_caller_identity got = { 0 };

	memset(out, 0, sizeof(*out));
	*status = 0;
	*code = NULL;
	pthread_mutex_lock(&c->pool_lock);
	if (c->caller.account)
		caller_identity_copy(out, &c->caller);
	pthread_mutex_unlock(&c->pool_lock);
	if (out->account)
		return 0;
	struct aws_response resp = { 0 };
	if (aws_query_call(op, &aws_service_sts, "GetCallerIdentity", NULL, &resp, err)) {
		*status = resp.status;
		*code = resp.error_code ? xstrdup(resp.error_code) : NULL;
		aws_response_free(&resp);
		return -1;
	}
	xmlDocPtr doc = xml_parse(resp.body, resp.body_len, err);
	xmlNodePtr r = doc ? xml_child(xmlDocGetRootElement(doc), "GetCallerIdentityResult") : NULL;
	if (r) {
		got.account = xml_child_text(r, "Account");
		got.arn = xml_child_text(r, "Arn");
		got.user_id = xml_child_text(r, "UserId");
	}
	if (doc)
		xmlFreeDoc(doc);
	aws_response_free(&resp);
	if (!got.account) {
		if (doc)
			strbuf_addstr(err, "sts GetCallerIdentity: the response names no account");
		else
			strbuf_prefixf(err, "sts GetCallerIdentity: ");
		aws_caller_identity_release(&got);
		return -1;
	}
	pthread_mutex_lock(&c->pool_lock);
	if (!c->caller.account)
		caller_identity_copy(&c->caller, &got);
	pthread_mutex_unlock(&c->pool_lock);
	*out = got;
	return 0;
}

int aws_client_caller_identity(struct aws_client *c, struct aws_caller_identity *out,
			       struct strbuf *err)
{
	long status;
	char *code = NULL;
	int rc = caller_identity(c, out, &status, &code, err);

	free(code);
	return rc;
}

int aws_client_account_id(struct aws_client *c, char **account, struct strbuf *err)
{
	struct aws_caller_identity id;

	*account = NULL;
	if (aws_client_caller_identity(c, &id, err))
		return -1;
	*account = id.account;
	id.account = NULL;
	aws_caller_identity_release(&id);
	return 0;
}

/* The answers of AWS (and of servers that speak its protocols: MinIO, moto)
 * that refuse the credentials themselves. */
static const char *const credential_errors[] = {
	"InvalidClientTokenId", "SignatureDoesNotMatch", "ExpiredToken", "ExpiredTokenException",
	"IncompleteSignature", "MissingAuthenticationToken", "UnrecognizedClientException",
	"InvalidAccessKeyId", "AuthFailure", "InvalidToken", "TokenRefreshRequired", NULL,
};

int aws_client_verify(struct aws_client *op, struct strbuf *err)
{
	struct aws_client *c = client_base(op);
	struct strbuf why = STRBUF_INIT;
	struct aws_caller_identity id;
	char *code = NULL;
	long status;
	int rc = 0;

	if (caller_identity(c, &id, &status, &code, &why) == 0) {
		aws_caller_identity_release(&id);
		strbuf_release(&why);
		return 0;
	}
	const char *from, *own = aws_configured_endpoint(&c->endpoints, "sts", &from);

	pthread_mutex_lock(&c->keys.lock);
	if (aws_error_code_in(code, credential_errors) || (!own && status >= 400 && status < 500)) {
		strbuf_addf(err, "the AWS credentials from %s do not work: %s", c->creds.source,
			    why.buf);
		rc = -1;
	} else if (!own) {
		strbuf_addf(err, "cannot check the AWS credentials from %s: %s", c->creds.source,
			    why.buf);
		rc = -1;
	} else {
		/* An endpoint of one's own that serves no STS (an S3 server
		 * alone) or none at all: the requests that follow find out. */
		log_debugf("sts GetCallerIdentity at %s: not served there (%s); the credentials "
			   "from %s are not checked", own, why.buf, c->creds.source);
	}
	pthread_mutex_unlock(&c->keys.lock);
	free(code);
	strbuf_release(&why);
	return rc;
}
