/*
 * transport.h: the AWS transport, a library of its own under the aws
 * provider. It knows AWS's wire (SigV4, the query, json and rest-json
 * protocols, S3's addressing and documents, retries, waits) and nothing of
 * terrace's resources, stacks or plans; the aws resource types, the S3 state
 * backend (plan/backend_s3.c) and sweep build on it.
 *
 * Code outside provider/aws/transport/ includes this header and no other of
 * the folder. What it brings, one header each:
 *
 *   services.h   each AWS service terrace calls, once (struct aws_service,
 *                from services.def), which the calls below take
 *   client.h     a client per provider configuration (credentials chain,
 *                region, endpoint), aws_send with retries, the protocol
 *                calls (aws_query_call_xml, aws_json_call_codes,
 *                aws_rest_json_call), timestamps, partitions
 *   s3.h         S3 calls, subresource documents, digests, tag sets,
 *                emptying a bucket
 *   multipart.h  uploading a file to S3, multipart above a threshold
 *   paging.h     every paged call paged by one engine, as botocore's
 *                paginators say (paginators.gen.c); aws_query_list
 *   endpoints.h  partitions and regions (aws_region_check), the services a
 *                provider's endpoints: block names (services.def)
 *   wait.h       polling until a state (aws_wait, struct aws_waiter), each
 *                bounded by its service's struct aws_poll
 *   timing.h     AWS's timing as data: what a call waits out while AWS
 *                catches up, and the schedule of its pauses
 *   xml.h        reading and writing the XML of S3 and the query protocol
 *   sigv4.h      SigV4 signing; outside the transport only its helpers
 *                sigv4_uri_encode and sigv4_sha256_hex are for use
 *
 * The rest of the folder is the transport's own: credentials.h (the
 * credential chain behind aws_client_new), client_fields.h (struct
 * aws_client, for the files that make up the client) and client_internal.h
 * (pure pieces of client.c, target.c and errors.c, exposed for unit
 * tests).
 *
 * Conventions, for every header: 0 on success, -1 with one line in a
 * struct strbuf err naming the service, operation, status and AWS error
 * code, never a secret; nothing prints or exits.
 */
#ifndef TERRACE_AWS_TRANSPORT_H
#define TERRACE_AWS_TRANSPORT_H

#include "provider/aws/transport/client.h"
#include "provider/aws/transport/endpoints.h"
#include "provider/aws/transport/multipart.h"
#include "provider/aws/transport/paging.h"
#include "provider/aws/transport/s3.h"
#include "provider/aws/transport/sigv4.h"
#include "provider/aws/transport/timing.h"
#include "provider/aws/transport/wait.h"
#include "provider/aws/transport/xml.h"

#endif
