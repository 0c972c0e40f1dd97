/*
 * credential_process.h: credentials from a profile's credential_process
 * command (JSON "Version": 1 on stdout, as the AWS CLI reads it).
 */
#ifndef TERRACE_AWS_CREDENTIAL_PROCESS_H
#define TERRACE_AWS_CREDENTIAL_PROCESS_H

#include "provider/aws/transport/credentials.h"

/* Run `command` for `profile` and fill the keys, session token, source and
 * expiration of *out (region untouched). Returns 0, or -1 with err set: the
 * exit status and the command's stderr, never its stdout. Credentials whose
 * Expiration has passed are refused. */
int aws_credential_process_run(const char *command, const char *profile,
			       struct aws_credentials *out, struct strbuf *err);

#endif
