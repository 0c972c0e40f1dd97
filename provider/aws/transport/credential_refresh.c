/*
 * credential_refresh.c: refreshes a client's temporary credentials (assumed
 * roles, web identity, SSO, container, instance metadata, credential_process
 * with an Expiration) by resolving the credential chain (handed in by the
 * client's maker) again before they expire, under one lock so that one
 * thread fetches and the others wait; and releases a set of credentials
 * (aws_credentials_release), which the client and the refresh both do.
 */
#include "provider/aws/transport/credential_refresh.h"

#include "provider/base/strbuf.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

static void wipe_free(const char *s)
{
	if (!s)
		return;
	explicit_bzero((char *)s, strlen(s));
	free((char *)s);
}

void aws_credential_store_init(struct aws_credential_store *s, const struct aws_config *cfg,
			       struct aws_credentials *creds, aws_credentials_resolver *resolve)
{
	memset(s, 0, sizeof(*s));
	pthread_mutex_init(&s->lock, NULL);
	if (cfg)
		s->cfg = *cfg;
	s->cfg.region = xstrdup_or_null(s->cfg.region);
	s->cfg.access_key_id = xstrdup_or_null(s->cfg.access_key_id);
	s->cfg.secret_access_key = xstrdup_or_null(s->cfg.secret_access_key);
	s->cfg.session_token = xstrdup_or_null(s->cfg.session_token);
	s->cfg.profile = xstrdup_or_null(s->cfg.profile);
	s->cfg.endpoint = xstrdup_or_null(s->cfg.endpoint);
	s->cfg.ca_bundle = xstrdup_or_null(s->cfg.ca_bundle);
	s->creds = creds;
	s->resolve = resolve;
}

void aws_credential_store_release(struct aws_credential_store *s)
{
	pthread_mutex_destroy(&s->lock);
	free((char *)s->cfg.region);
	free((char *)s->cfg.access_key_id);
	wipe_free(s->cfg.secret_access_key);
	wipe_free(s->cfg.session_token);
	free((char *)s->cfg.profile);
	free((char *)s->cfg.endpoint);
	free((char *)s->cfg.ca_bundle);
	memset(s, 0, sizeof(*s));
}

static void format_time(time_t t, char buf[32])
{
	struct tm tm;

	gmtime_r(&t, &tm);
	strftime(buf, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

/* Called with the lock held: resolve the chain again and take its keys. */
static int refresh_locked(struct aws_credential_store *s, time_t now, struct strbuf *err)
{
	struct aws_credentials fresh;
	struct strbuf why = STRBUF_INIT;
	struct aws_credentials *c = s->creds;
	char when[32];

	if (s->resolve(&s->cfg, &fresh, &why) < 0) {
		if (c->expiration - now > AWS_CREDENTIALS_MANDATORY_REFRESH_S) {
			/* advisory: the old keys still have time; try again next request */
			strbuf_release(&why);
			return 0;
		}
		format_time(c->expiration, when);
		strbuf_addf(err, "the AWS credentials from %s expire at %s and could not be"
			    " refreshed: %s", c->source, when, why.buf);
		strbuf_release(&why);
		return -1;
	}
	strbuf_release(&why);
	s->refreshes++;
	/* Swap the keys and their expiry; region and CA bundle stay as the
	 * client was built with. */
	free(c->access_key_id);
	wipe_free(c->secret_access_key);
	wipe_free(c->session_token);
	free(c->source);
	c->access_key_id = fresh.access_key_id;
	c->secret_access_key = fresh.secret_access_key;
	c->session_token = fresh.session_token;
	c->source = fresh.source;
	c->expiration = fresh.expiration;
	fresh.access_key_id = fresh.secret_access_key = fresh.session_token = NULL;
	fresh.source = NULL;
	aws_credentials_release(&fresh);
	return 0;
}

int aws_credential_store_keys(struct aws_credential_store *s, struct aws_credentials *out,
			      struct strbuf *err)
{
	struct aws_credentials *c = s->creds;
	time_t now = time(NULL);
	int rc = 0;

	memset(out, 0, sizeof(*out));
	pthread_mutex_lock(&s->lock);
	if (c->expiration && c->expiration - now < AWS_CREDENTIALS_ADVISORY_REFRESH_S)
		rc = refresh_locked(s, now, err);
	if (rc == 0 && c->expiration && c->expiration <= now) {
		char when[32];

		format_time(c->expiration, when);
		strbuf_addf(err, "the AWS credentials from %s expired at %s", c->source, when);
		rc = -1;
	}
	if (rc == 0) {
		out->access_key_id = xstrdup(c->access_key_id);
		out->secret_access_key = xstrdup(c->secret_access_key);
		out->session_token = xstrdup_or_null(c->session_token);
		out->expiration = c->expiration;
	}
	pthread_mutex_unlock(&s->lock);
	return rc;
}

void aws_credentials_release(struct aws_credentials *c)
{
	free(c->access_key_id);
	if (c->secret_access_key) {
		explicit_bzero(c->secret_access_key, strlen(c->secret_access_key));
		free(c->secret_access_key);
	}
	if (c->session_token) {
		explicit_bzero(c->session_token, strlen(c->session_token));
		free(c->session_token);
	}
	free(c->region);
	free(c->region_source);
	free(c->source);
	free(c->ca_bundle);
	memset(c, 0, sizeof(*c));
}
