/*
 * route53/api.h: what Route 53's two types (record.c, record_group.c) and
 * its zone lookup (lookup_zone.c) share: a call of the global rest-xml
 * Route 53 API (route53_send), the record sets' calls
 * (ChangeResourceRecordSets, ListResourceRecordSets, GetChange), a record
 * set as both types write it (route53_record_attrs: name, type, set
 * identifier, TTL and values, or an alias; weighted and failover routing),
 * its ChangeBatch XML, and the wait until a change is INSYNC.
 */
#ifndef TERRACE_AWS_ROUTE53_API_H
#define TERRACE_AWS_ROUTE53_API_H

#include <jansson.h>
#include <stdbool.h>

#include "provider/aws/transport/transport.h"
#include "provider/base/strbuf.h"
#include "provider/provider.h"

/* An alias record's target (the `alias` block). */
extern const struct attr_schema route53_alias_attrs[];

/* A record set's attributes, as aws.route53.record has them at its top
 * level (beside zone_id) and aws.route53.record_group in each block of its
 * `records`; IDENTITY is the flags of name, type and set_identifier, which
 * say which record set it is (ATTR_FORCE_NEW for a record: a new one
 * replaces it). */
#define ROUTE53_RECORD_ATTRS(IDENTITY)                                                        \
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_REQUIRED | (IDENTITY),           \
	  .description = "the record's name in its zone, e.g. www.example.com (a final dot "  \
			 "is optional; *.example.com a wildcard)" },                          \
	{ .name = "record_type", .type = ATTR_STRING, .flags = ATTR_REQUIRED | (IDENTITY),    \
	  .description = "A, AAAA, CAA, CNAME, DS, HTTPS, MX, NAPTR, NS, PTR, SOA, SPF, SRV, " \
			 "SSHFP, SVCB, TLSA or TXT" },                                        \
	{ .name = "set_identifier", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | (IDENTITY), \
	  .description = "which of several records of one name and type this is, for "        \
			 "weighted and failover routing" },                                   \
	{ .name = "ttl", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL,                         \
	  .description = "seconds resolvers keep the answer; with records, not with alias" },  \
	{ .name = "records", .type = ATTR_LIST, .flags = ATTR_OPTIONAL,                       \
	  .elem_type = ATTR_STRING,                                                           \
	  .description = "the values, e.g. [192.0.2.10] (a TXT value inside its double "     \
			 "quotes); with ttl, not with alias" },           \
	{ .name = "alias", .type = ATTR_OBJECT, .flags = ATTR_OPTIONAL,                       \
	  .nested = route53_alias_attrs,                                                      \
	  .description = "an alias to an AWS resource (a load balancer, a CloudFront "        \
			 "distribution, another record of the zone) instead of ttl and records" }, \
	{ .name = "weight", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL,                      \
	  .description = "weighted routing: this record's share among those of its name "     \
			 "and type, 0 to 255 (set_identifier needed)" },                      \
	{ .name = "failover", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,                    \
	  .description = "failover routing: PRIMARY or SECONDARY (set_identifier needed)" },   \
	{ .name = "health_check_id", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,             \
	  .description = "the Route 53 health check that says whether this record answers" }

/* One change of a batch: its action and the record set (attributes as
 * route53_record_attrs name them). */
struct route53_change {
	const char *action; /* "CREATE", "UPSERT", "DELETE" */
	const json_t *record;
};

/* The API's version, the first step of every path. */
#define ROUTE53_API_PATH "/2013-04-01"

/* One call of the API, METHOD path?query (query encoded, may be NULL) with
 * body (may be NULL): 0 with *doc (when asked for) the answer; -1 with err
 * set. *resp is kept for the caller to weigh (its error code and message)
 * and free (aws_response_free), either way. */
int route53_send(struct aws_client *c, const char *operation, const char *method,
		 const char *path, const char *query, const char *body,
		 struct aws_response *resp, xmlDocPtr *doc, struct strbuf *err);

/* The ChangeResourceRecordSetsRequest document of `n` changes (a new string). */
char *route53_change_batch_xml(const struct route53_change *changes, size_t n);

/* A zone id as the API's paths take it: "Z123" of "/hostedzone/Z123" or "Z123"
 * (a pointer into zone). */
const char *route53_zone_path_id(const char *zone);

/* A record's name as the stack compares it: lower case, no final dot, "\052"
 * (as Route 53 answers a wildcard) as "*" (a new string). */
char *route53_name_normal(const char *name);

/* The key of a record set in its zone, "NAME TYPE[ SET_IDENTIFIER]" with the
 * name normalised (a new string): what CREATE refuses twice. */
char *route53_record_key(const json_t *record);

/*
 * Send one batch to zone `zone` and wait (route53_change_poll) until Route 53
 * says it is INSYNC. 0 done; 1 when Route 53 refused a CREATE of a record that
 * exists already ("Tried to create resource record set ... but it already
 * exists"): its words in exists (a new string), err untouched, nothing
 * changed (a batch is carried out whole or not at all); -1 with err set.
 * *attempts, when given, gets how many times the transport sent the batch.
 */
int route53_change(struct aws_client *c, const char *zone, const struct route53_change *changes,
		   size_t n, char **exists, int *attempts, struct strbuf *err);

/*
 * The record set NAME TYPE [SET_IDENTIFIER] of zone `zone` as
 * route53_record_attrs name them (*out, a new object, or NULL when there is
 * none; the zone gone too). `like`, may be NULL: the stack's record, whose
 * spelling of the name and order of the values are kept where Route 53's
 * mean the same. 0, or -1 with err set.
 */
int route53_find(struct aws_client *c, const char *zone, const char *name, const char *type,
		 const char *set_identifier, const json_t *like, json_t **out,
		 struct strbuf *err);

/* desired's record set as the stack means it: its attributes with the
 * schema's defaults, unset ones absent (a new object). */
json_t *route53_record_want(const json_t *desired);

/* Whether the record set read (`have`, route53_find) is what `want`
 * (route53_record_want) asks for. */
bool route53_record_matches(const json_t *have, const json_t *want);

#endif
