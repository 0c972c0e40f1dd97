/*
 * credential_sts.h: credentials from STS for the chain: AssumeRole (a
 * profile's role_arn) and AssumeRoleWithWebIdentity (CI OIDC tokens).
 */
#ifndef TERRACE_AWS_CREDENTIAL_STS_H
#define TERRACE_AWS_CREDENTIAL_STS_H

#include "provider/aws/transport/credentials.h"

struct aws_assume_role {
	const char *profile;       /* for messages: the profile that asked, or "environment" */
	const char *role_arn;
	const char *session_name;
	const char *external_id;   /* NULL: none */
	const char *mfa_serial;    /* NULL: none; else sent with token_code */
	const char *token_code;    /* the MFA code read for mfa_serial */
	int duration_seconds;      /* 0: STS's default */
	const char *region;        /* STS's region */
	const char *endpoint;      /* NULL: https://sts.REGION.amazonaws.com */
	const char *ca_bundle;     /* NULL: the system's */
	aws_credentials_resolver *resolve; /* what AssumeRole's own client resolves its
	                                      settings with: the chain (credentials.c) */
};

/* Each fills the keys, session token, expiration and source of *out;
 * returns 0, or -1 with err set (naming the role, never a secret). */
int aws_assume_role(const struct aws_assume_role *req, const struct aws_credentials *source_keys,
		    struct aws_credentials *out, struct strbuf *err);
/* Unsigned, with the token read from token_file. */
int aws_assume_role_with_web_identity(const struct aws_assume_role *req, const char *token_file,
				      struct aws_credentials *out, struct strbuf *err);

#endif
