/*
 * emrserverless/api.h: the API of EMR Serverless (rest-json), which
 * aws.emrserverless.application and its runner call; written once: the
 * service's name and protocol, its call (api.c), and how long its
 * application's states are waited for.
 */
#ifndef TERRACE_AWS_EMRSERVERLESS_API_H
#define TERRACE_AWS_EMRSERVERLESS_API_H

#include "provider/aws/transport/transport.h"

/* How long an application's state is waited for (CREATED after
 * CreateApplication, STOPPED after StopApplication, TERMINATED after its
 * delete, STARTED before a run): the waiters of application.c and run.c. */
extern const struct aws_poll emrs_application_poll;

/* 0 on success (*out, when asked for, the answer), 1 when AWS answered
 * with one of `codes` (NULL-terminated, may be NULL; err untouched), -1
 * with the message in err; *attempts, when given, gets how many attempts
 * the transport made. */
int emrs_call(struct aws_client *c, const char *op, const char *method,
	      const char *path, const char *query, const json_t *in,
	      const char *const *codes, json_t **out, int *attempts, struct strbuf *err);

#endif
