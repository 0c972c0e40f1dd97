/*
 * credentials.h: the AWS credential and region chain behind aws_client_new().
 *
 * Credentials, in the AWS CLI's order: the provider's explicit attributes;
 * the environment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY,
 * AWS_SESSION_TOKEN); web identity from the environment
 * (AWS_WEB_IDENTITY_TOKEN_FILE + AWS_ROLE_ARN), unless the profile has a
 * role_arn; then the profile (aws_config.profile, else AWS_PROFILE, else
 * "default") in the shared credentials file (~/.aws/credentials, or
 * AWS_SHARED_CREDENTIALS_FILE) and the config file (~/.aws/config, or
 * AWS_CONFIG_FILE; "[profile NAME]" sections, "[default]"): its role_arn
 * (source_profile or credential_source, or web_identity_token_file), its SSO
 * settings (sso_session or sso_start_url), its keys, its credential_process;
 * then container credentials; then EC2 instance metadata (IMDSv2).
 * Temporary credentials carry their expiration.
 *
 * CA bundle: AWS_CA_BUNDLE, else the profile's "ca_bundle" in the config file.
 *
 * Region: aws_config.region, AWS_REGION, AWS_DEFAULT_REGION, the profile's
 * "region" in the config file, else "us-east-1".
 *
 * Error messages say where the chain looked and never contain a secret.
 */
#ifndef TERRACE_AWS_CREDENTIALS_H
#define TERRACE_AWS_CREDENTIALS_H

#include "provider/aws/transport/client.h"
#include "provider/base/strbuf.h"

#include <time.h>

struct aws_credentials {
	char *access_key_id;
	char *secret_access_key;
	char *session_token;  /* NULL when none */
	char *region;
	char *region_source;  /* where the region came from, for messages: "its
	                         settings" (the provider's or the backend's),
	                         "AWS_REGION in the environment",
	                         "profile \"dev\" in /root/.aws/config", "the default" */
	time_t expiration;    /* 0 when the keys do not expire */
	char *ca_bundle;      /* PEM file of trusted CAs: AWS_CA_BUNDLE, else the
	                         profile's ca_bundle; NULL: the system's */
	char *source;         /* where the keys came from, for messages:
	                         "provider attributes", "environment",
	                         "profile \"dev\" in /root/.aws/credentials" */
};

/* Fill *out (owned by the caller, release with aws_credentials_release);
 * returns 0, or -1 with err set and *out left empty. */
int aws_credentials_resolve(const struct aws_config *cfg, struct aws_credentials *out,
			    struct strbuf *err);
/* Frees every string (wiping the secret first) and empties *c. */
void aws_credentials_release(struct aws_credentials *c);

#endif
