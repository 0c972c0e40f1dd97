/*
 * services.c: the const struct aws_service of each row of services.def
 * (services.h), and the list of them all.
 */
#include "provider/aws/transport/services.h"

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
