/*
 * credential_refresh.h: temporary credentials kept fresh for the life of a
 * client, shared by every executor thread.
 *
 * Windows as botocore's RefreshableCredentials: with less than 15 minutes
 * left the chain is resolved again (advisory: on failure the old keys are
 * kept while more than 10 minutes remain); with less than 10 minutes left a
 * failed refresh is an error (mandatory). One thread refreshes while the
 * others wait on the same lock and then use what it fetched.
 */
#ifndef TERRACE_AWS_CREDENTIAL_REFRESH_H
#define TERRACE_AWS_CREDENTIAL_REFRESH_H

#include "provider/aws/transport/credentials.h"

#include <pthread.h>

#define AWS_CREDENTIALS_ADVISORY_REFRESH_S (15 * 60)
#define AWS_CREDENTIALS_MANDATORY_REFRESH_S (10 * 60)

struct aws_credential_store {
	pthread_mutex_t lock;
	struct aws_config cfg;   /* what the chain was resolved with; strings owned */
	struct aws_credentials *creds; /* the client's; keys replaced under lock */
	unsigned refreshes;      /* how many times the chain was resolved again */
	aws_credentials_resolver *resolve; /* the chain, handed in by the client's maker */
};

/* Remember cfg (copied) for later refreshes of *creds by resolve, the chain
 * that made them; *creds is the caller's and must outlive the store. */
void aws_credential_store_init(struct aws_credential_store *s, const struct aws_config *cfg,
			       struct aws_credentials *creds, aws_credentials_resolver *resolve);
void aws_credential_store_release(struct aws_credential_store *s);

/* Keys to sign one request with: copies of the current access key id,
 * secret and session token into *out (release with
 * aws_credentials_release), refreshed first when they expire within the
 * windows above. Returns 0, or -1 with err set naming the source and when
 * its keys expire (never a secret). */
int aws_credential_store_keys(struct aws_credential_store *s, struct aws_credentials *out,
			      struct strbuf *err);

#endif
