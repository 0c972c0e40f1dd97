/*
 * services.c: the const struct aws_service of each row of services.def
 * (services.h), the list of them all, and a row's protocol family.
 */
#include "provider/aws/transport/services.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define AWS_SERVICE(name, home, botocore, protocol, iam_prefix, signing_name, api_version, \
		    target_prefix, json_version, endpoint_prefix, endpoint_id) \
	const struct aws_service aws_service_##name = { \
		#name, home, botocore, protocol, iam_prefix, signing_name, api_version, \
		target_prefix, json_version, endpoint_prefix, endpoint_id };
#include "provider/aws/transport/services.def"
#undef AWS_SERVICE

static const struct aws_service *const all[] = {
#define AWS_SERVICE(name, ...) &aws_service_##name,
#include "provider/aws/transport/services.def"
#undef AWS_SERVICE
};

const struct aws_service *const *aws_services(size_t *n)
{
	*n = sizeof(all) / sizeof(*all);
	return all;
}

enum aws_protocol aws_service_protocol(const struct aws_service *svc)
{
	static const char *const names[] = {
		[AWS_PROTOCOL_QUERY] = "query",         [AWS_PROTOCOL_EC2] = "ec2",
		[AWS_PROTOCOL_JSON] = "json",           [AWS_PROTOCOL_REST_JSON] = "rest-json",
		[AWS_PROTOCOL_REST_XML] = "rest-xml",
	};

	for (size_t i = 0; i < sizeof(names) / sizeof(*names); i++)
		if (!strcmp(svc->protocol, names[i]))
			return (enum aws_protocol)i;
	fprintf(stderr, "terrace: services.def: %s: protocol %s is none terrace speaks\n",
		svc->name, svc->protocol);
	abort();
}
