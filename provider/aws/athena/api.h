/*
 * athena/api.h: what the Athena resource types share (athena/workgroup.c,
 * athena/named_query.c): the call to Athena's json protocol (aws_service_athena,
 * services.def), the service as listings name it, and how
 * Athena's tags are read and changed. Helpers a type calls.
 */
#ifndef TERRACE_AWS_ATHENA_H
#define TERRACE_AWS_ATHENA_H

#include <jansson.h>
#include <stdbool.h>

#include "provider/aws/listing.h"
#include "provider/aws/tags.h"
#include "provider/aws/transport/transport.h"

/* The service, once: its signing name, target prefix and JSON version. */


/* ListTagsForResource / TagResource / UntagResource on ResourceARN, tags
 * as [{Key, Value}]. */
extern const struct aws_json_tagging athena_tagging;

/* One Athena operation, as aws_json_call_codes: 0 with *out (when asked
 * for), 1 when the error code is one of `codes` (err untouched), -1 with
 * the message in err. *attempts, when given, gets the transport's attempts. */
int athena_call(struct aws_client *c, const char *op, const json_t *in, const char *const *codes,
		json_t **out, int *attempts, struct strbuf *err);

/*
 * Athena answers a missing workgroup or named query with
 * InvalidRequestException, no code of its own: the call as athena_call, 1
 * when that is the answer and its message says the object is not there
 * ("is not found", "was not found", "does not exist"; err untouched).
 */
int athena_call_or_missing(struct aws_client *c, const char *op, const json_t *in, json_t **out,
			   struct strbuf *err);

#endif
