/*
 * credential_sso.h: credentials of an IAM Identity Center (SSO) profile,
 * from the token `aws sso login` cached and the portal's GetRoleCredentials.
 */
#ifndef TERRACE_AWS_CREDENTIAL_SSO_H
#define TERRACE_AWS_CREDENTIAL_SSO_H

#include "provider/aws/transport/credentials.h"

struct aws_sso_profile {
	const char *profile;     /* for messages and the `aws sso login` hint */
	const char *session;     /* sso_session name, or NULL for a legacy profile */
	const char *start_url;
	const char *region;      /* sso_region: the portal's region */
	const char *account_id;
	const char *role_name;
	const char *portal;      /* the portal's base URL (aws_credential_endpoint) */
};

/* Read ~/.aws/sso/cache/SHA1(session or start_url).json and exchange its
 * token at sso->portal.
 * Returns 0, or -1 with err set; a missing or expired token says to run
 * `aws sso login --profile PROFILE`. terrace never logs in itself. */
int aws_sso_credentials(const struct aws_sso_profile *sso, struct aws_credentials *out,
			struct strbuf *err);

#endif
