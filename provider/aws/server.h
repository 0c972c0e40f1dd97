/*
 * server.h: which server an aws provider configuration talks to, AWS or
 * another S3 server (MinIO, Ceph): what the rows of an AWS account's
 * defaults in the table of checks are judged by (checks/row.h); and the
 * region it sends to, as far as the configuration says before a client.
 */
#ifndef TERRACE_AWS_SERVER_H
#define TERRACE_AWS_SERVER_H

#include <jansson.h>
#include <stdbool.h>

#include "provider/base/strbuf.h"

/* Which server a provider configuration talks to, for the rows marked
 * account_default (docs/providers/aws.md, "Other S3 servers"):
 *   - its `server` setting: aws, or another (minio, ceph, other);
 *   - else TERRACE_AWS_SERVER, the same words;
 *   - else AWS when it writes no endpoint (neither `endpoint` nor any of
 *     `endpoints`), or only URLs of AWS hosts (*.amazonaws.com,
 *     *.amazonaws.com.cn, *.api.aws, *.api.amazonwebservices.com.cn);
 *     another server when it writes one of another host, or one given as
 *     ${...} (an endpoint of one's own, as the region check takes it).
 * config is the configuration as the stack writes it; NULL: none written
 * (the provider's defaults); the unknown value: not at hand yet (a
 * module's resources at validate). */
enum aws_server { AWS_SERVER_AWS, AWS_SERVER_OTHER, AWS_SERVER_UNKNOWN };
enum aws_server aws_provider_server(const json_t *config);
/* The region a resource's requests go to, as far as it is known before its
 * client is made: its provider configuration's literal `region`, else the
 * environment's AWS_REGION or AWS_DEFAULT_REGION (as configure takes them);
 * NULL when a profile or an expression decides it. */
const char *aws_provider_region(const json_t *config);
/* The words `server` and TERRACE_AWS_SERVER take, NULL-terminated; the
 * first is AWS. */
extern const char *const aws_server_names[];
/* Whether word is one of them. */
bool aws_server_name_known(const char *word);
/* 0 when word is one of them; else -1 with err naming `from` (the setting
 * or variable it came from), the word and the list. */
int aws_server_check(const char *word, const char *from, struct strbuf *err);

#endif
