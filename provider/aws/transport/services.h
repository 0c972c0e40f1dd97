/*
 * services.h: the AWS services terrace calls, one const struct aws_service
 * each (aws_service_glue, aws_service_sfn, ...), made from services.def:
 * what botocore's model says of the service's wire (signing name, API
 * version, target prefix, JSON version) and terrace's own facts of it (the
 * endpoints: key, the folder that calls it, the IAM prefix). The protocol
 * calls (client.h), the paged calls (paging.h), the waiters (wait.h) and
 * the listings take one of these, not the strings it holds.
 */
#ifndef TERRACE_AWS_SERVICES_H
#define TERRACE_AWS_SERVICES_H

#include <stdbool.h>
#include <stddef.h>

struct aws_service {
	const char *name;            /* terrace's: "sfn", the provider's endpoints: key */
	const char *home;            /* the folder under provider/aws/ that calls it */
	const char *botocore;        /* botocore's model: "stepfunctions" */
	const char *protocol;        /* the wire terrace speaks: "json", "query", "ec2",
	                                "rest-json", "rest-xml" */
	const char *iam_prefix;      /* of its IAM actions: "states" */
	const char *signing_name;    /* SigV4's, which requests carry: "states" */
	const char *api_version;     /* "2016-11-23" (query: the Version parameter) */
	const char *target_prefix;   /* json: X-Amz-Target's PREFIX.OPERATION; NULL: none */
	const char *json_version;    /* json: Content-Type's "1.0"; NULL: none */
	const char *endpoint_prefix; /* of its AWS host: "states" */
	const char *endpoint_id;     /* AWS_ENDPOINT_URL_<ID>: "SFN" */
};

#define AWS_SERVICE(name, ...) extern const struct aws_service aws_service_##name;
#include "provider/aws/transport/services.def"
#undef AWS_SERVICE

/* The protocol families of services.def's protocol column (botocore's
 * names), for the code that sends or reads by the family. */
enum aws_protocol {
	AWS_PROTOCOL_QUERY,     /* "query" (IAM, RDS, Redshift): XML under ACTIONResult */
	AWS_PROTOCOL_EC2,       /* "ec2": EC2's query flavour, XML under the root */
	AWS_PROTOCOL_JSON,      /* "json": X-Amz-Target PREFIX.OPERATION */
	AWS_PROTOCOL_REST_JSON, /* "rest-json": the operation in the method and path */
	AWS_PROTOCOL_REST_XML,  /* "rest-xml": S3 */
};

/* svc's protocol family, by its protocol column (gen_services.py --check
 * holds the column to botocore's protocols, and test_endpoints each row to
 * the five here; another name aborts: a row terrace cannot speak). */
enum aws_protocol aws_service_protocol(const struct aws_service *svc);
/* The two query families (query, ec2): form-encoded calls, XML answers. */
static inline bool aws_protocol_is_query(enum aws_protocol p)
{
	return p == AWS_PROTOCOL_QUERY || p == AWS_PROTOCOL_EC2;
}

/* Every service of services.def, in its order; *n gets how many. */
const struct aws_service *const *aws_services(size_t *n);

#endif
