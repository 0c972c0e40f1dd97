/*
 * credential_mfa.h: the MFA code a profile's mfa_serial asks for, read from
 * the controlling terminal as the AWS CLI does (getpass: no echo).
 */
#ifndef TERRACE_AWS_CREDENTIAL_MFA_H
#define TERRACE_AWS_CREDENTIAL_MFA_H

#include "provider/base/strbuf.h"

/* Prompt "Enter MFA code for SERIAL: " on /dev/tty and read the code
 * without echo into code (6 digits, as STS's TokenCode requires). Returns
 * 0, or -1 with err set when there is no terminal or the answer is not six
 * digits; `profile` names the profile in messages. */
int aws_mfa_read_code(const char *profile, const char *serial, char code[7], struct strbuf *err);

#endif
