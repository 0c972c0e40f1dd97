/*
 * response.c: one answer of AWS (struct aws_response, client.h): a header
 * looked up by name, and the answer released. A leaf under the client and
 * the S3 region cache, which both read headers.
 */
#include "provider/aws/transport/client.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

void aws_response_free(struct aws_response *resp)
{
	if (!resp)
		return;
	for (size_t i = 0; i < resp->n_headers; i++) {
		free(resp->headers[i].name);
		free(resp->headers[i].value);
	}
	free(resp->headers);
	free(resp->body);
	free(resp->request_id);
	free(resp->error_code);
	free(resp->error_message);
	memset(resp, 0, sizeof(*resp));
}

const char *aws_response_header(const struct aws_response *resp, const char *name)
{
	for (size_t i = 0; i < resp->n_headers; i++)
		if (!strcasecmp(resp->headers[i].name, name))
			return resp->headers[i].value;
	return NULL;
}
