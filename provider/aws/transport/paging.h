/*
 * paging.h: every paged AWS call (json, rest-json, query, EC2 and S3's
 * rest-xml listings), paged by one engine from botocore's
 * paginators (paginators.gen.c, generated from paginators-1.json by
 * provider/aws/gen/gen_paginators.py): where the token comes out, where it
 * goes back in, whether the answer says there is more, where the results
 * are. A caller names the operation; the row says how it pages.
 *
 * Each engine calls each(ctx, ...) once a page, then sends the page's token
 * back, until the answer gives none (or the same one again), says there is
 * no more (more_results), or max_pages pages came (0: no limit). each
 * returns 0 to go on, 1 to stop there (found what it looked for), -1 with
 * err set to fail. The engines return 0, 1 when a page answered one of the
 * error codes `gone` (may be NULL: what is listed in is gone; err
 * untouched), or -1 with err set. An operation without a row does not page
 * (its model has no token): calling an engine with it is -1, naming it, as
 * is one whose token botocore computes by an expression (a row without
 * tokens).
 */
#ifndef TERRACE_AWS_PAGING_H
#define TERRACE_AWS_PAGING_H

#include <jansson.h>
#include <libxml/tree.h>
#include <stdbool.h>
#include <stddef.h>

#include "provider/aws/transport/client.h"

/* One paginator of botocore's, in the wire's names. */
struct aws_paginator {
	const char *service;         /* signing name: "glue", "states", "iam" */
	const char *operation;       /* "GetJobs" */
	const char *input_token[2];  /* where a token goes back in ("NextToken",
	                                "Marker", S3's "key-marker" and "upload-id-marker") */
	bool input_in_query;         /* a query parameter (query, ec2, rest-*), else
	                                a member of the JSON body */
	const char *output_token[2]; /* where it is in the answer ("NextMarker") */
	const char *more_results;    /* "IsTruncated": more only while true; NULL:
	                                more while a token comes */
	const char *result;          /* the results: "Jobs", "Roles/member",
	                                "subnetSet/item"; NULL when botocore names none */
};

extern const struct aws_paginator aws_paginators[];
extern const size_t aws_paginators_count;

/* The row of service's (signing name) operation, or NULL. */
const struct aws_paginator *aws_paginator_of(const char *service, const char *operation);

/* A json answer: the page and its results (pg->result; NULL when none). */
typedef int (*aws_json_page_fn)(void *ctx, const json_t *page, const json_t *results,
				struct strbuf *err);
/* An XML answer: its result element (query: ACTIONResult; ec2: the root)
 * and its first result (walk on with xml_next_same; NULL when none). */
typedef int (*aws_xml_page_fn)(void *ctx, xmlNodePtr result, xmlNodePtr first,
			       struct strbuf *err);

/* json protocol: X-Amz-Target TARGET_PREFIX.OPERATION with `input` (may be
 * NULL), the token set in the body. */
int aws_json_paged(struct aws_client *c, const struct aws_service *service,
		   const char *operation, const json_t *input,
		   const char *const *gone, size_t max_pages, aws_json_page_fn each, void *ctx,
		   struct strbuf *err);

/* rest-json: METHOD path?query (query already encoded, may be NULL) with
 * `input` (may be NULL) as the body, the token added to the query string
 * or to the body, as the operation takes it (Lambda's Marker in the query,
 * Batch's nextToken in the body). */
int aws_rest_json_paged(struct aws_client *c, const struct aws_service *service,
			const char *operation, const char *method, const char *path,
			const char *query,
			const json_t *input, const char *const *gone, size_t max_pages,
			aws_json_page_fn each, void *ctx, struct strbuf *err);

/* query protocol (IAM, RDS, Redshift, SNS, CloudWatch) and EC2's: ACTION
 * with params (flattened names, as aws_query_call_xml; may be NULL), the
 * token added to them. */
int aws_query_paged(struct aws_client *c, const struct aws_service *service,
		    const char *action, const json_t *params, const char *const *gone,
		    size_t max_pages, aws_xml_page_fn each, void *ctx, struct strbuf *err);

/* rest-xml (S3's listings): the caller sends each page, as its transport
 * addresses and signs it (s3.h's s3_list_paged, with the bucket's region).
 * send: GET with `query`, the base query with the row's tokens added
 * (encoded), into *doc; 0, 1 when what is listed in is gone, -1 with err
 * set. token_text: a token's text in the answer (a new string, NULL when
 * absent; NULL: xml_child_text), where the store encodes one (S3's
 * NextKeyMarker under encoding-type=url) decoded before it goes back. */
struct aws_rest_xml_sender {
	int (*send)(void *ctx, const char *query, xmlDocPtr *doc, struct strbuf *err);
	char *(*token_text)(xmlNodePtr result, const char *path);
	void *ctx;
};

/* rest-xml: OPERATION's pages, sent by sender with `query` (already
 * encoded, may be NULL) and the row's tokens in the query string; each
 * gets the answer's root and its first result. */
int aws_rest_xml_paged(const struct aws_rest_xml_sender *sender,
		       const struct aws_service *service,
		       const char *operation, const char *query, size_t max_pages,
		       aws_xml_page_fn each, void *ctx, struct strbuf *err);

/*
 * Every result of a paged query-protocol listing (IAM, RDS, Redshift), as
 * aws_query_paged pages and finds them. Each item is the text of its child
 * `text_of` ("" for its own text) or, when `fields` (NULL-terminated) is given, an
 * object of those children's texts keyed by their paths (absent ones left
 * out). Returns 0 with *out (a new list), 1 when the error code is one of
 * `tolerated` (may be NULL; *out NULL, err untouched), -1 with err set.
 */
int aws_query_list(struct aws_client *c, const struct aws_service *service,
		   const char *action, const json_t *params, const char *const *tolerated,
		   const char *text_of, const char *const *fields, json_t **out,
		   struct strbuf *err);

#endif
