/*
 * aws_client_support.h: the client the transport's tests (test_aws_client*.c)
 * make (include after cmocka.h): test credentials, an endpoint (NULL: AWS's
 * own hosts), S3 path style or not, a region and a number of attempts.
 */
#ifndef TERRACE_TEST_AWS_CLIENT_SUPPORT_H
#define TERRACE_TEST_AWS_CLIENT_SUPPORT_H

#include <stdbool.h>

#include "provider/aws/transport/client.h"
#include "provider/base/strbuf.h"

static inline struct aws_client *new_client(const char *endpoint, bool path_style, const char *region,
				     int max_attempts)
{
	struct aws_config cfg = {
		.region = region,
		.access_key_id = "AKIDTESTING",
		.secret_access_key = "testing-secret",
		.endpoint = endpoint,
		.path_style = path_style,
		.max_attempts = max_attempts,
	};
	struct aws_client *c;
	struct strbuf err = STRBUF_INIT;

	if (aws_client_new(&cfg, &c, &err))
		fail_msg("aws_client_new: %s", err.buf);
	strbuf_release(&err);
	return c;
}

#endif
