/*
 * route53/rules.c: Route 53's rows (checks/rules.h): AWS's own words as rows
 * (AWS_SAYS, checks/words/route53.words) on the record sets of
 * aws.route53.record and of each block of aws.route53.record_group's
 * records, as ChangeResourceRecordSets documents them: an alias to a
 * CloudFront distribution does not evaluate its target's health, an NS
 * record set's name is no wildcard, a weighted record set has a weight;
 * and across the stack's record sets of one zone, name and type (a STACK
 * row, both types' and a group's own alike): set identifiers apart, no
 * failover record set beside one of another routing, not both of a
 * failover pair aliases to CloudFront; no CNAME record set at its zone's
 * apex (check_apex_cname, the zone's name on the awscc record set or on
 * the stack's awscc hosted zone). Route 53's models
 * hold its lengths, ranges and enums (checks/constraints.gen.c). And the
 * rows of its awscc types (the census's third scope: the operations the
 * registry's handlers call): a health check's and a hosted zone's tags, a
 * health check's configuration by its type, IP address and alarm, a
 * public zone kept public, a query log group in us-east-1, a key-signing
 * key's KMS key, and two key-signing keys of one zone apart.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "provider/aws/route53/api.h"
#include "provider/aws/checks/kinds/api.h"
#include "provider/aws/checks/rules.h"

#define RECORD "aws.route53.record"
#define GROUP "aws.route53.record_group"
#define CHANGE "route53 ChangeResourceRecordSets ChangeBatch.Changes.ResourceRecordSet."

/* A CloudFront distribution's alias target: its hosted zone id, "always the
 * hosted zone ID when you create an alias record that routes traffic to a
 * CloudFront distribution" (AliasTarget HostedZoneId), with or without the
 * /hostedzone/ prefix terrace takes. */
#define CLOUDFRONT_ZONE(PATH) MATCHES(PATH, "(^|/)Z2FDTNDATAQYW2$")
#define CLOUDFRONT_NO_HEALTH_WORDS \
	"You can't set EvaluateTargetHealth to true when the alias target is a CloudFront " \
	"distribution."
/* A wildcard label: "*" (or "\052", as Route 53 answers it) first. */
#define WILDCARD_NAME "^(\\*|\\\\052)(\\.|$)"
#define NS_NO_WILDCARD_WORDS \
	"You can't use the * wildcard for resource records sets that have a type of NS."
/* terrace sends two routings of a set identifier, weighted and failover: a
 * record set with one and no failover is a weighted one. */
#define WEIGHT_WORDS \
	"You must specify a value for the Weight element for every weighted resource record set."

/* ---- across record sets of one zone, name and type ---------------------- */

/* One record set the stack writes: resource `res`'s own (attr NULL) or
 * element `elem` of its records; `key` its zone, name and type, NULL when
 * one of them is not known yet. */
struct record_set {
	size_t res, elem;
	const json_t *r;
	char *key;
};

/* "ZONE NAME TYPE" of r in zone `zone`, the name as Route 53 compares it (a
 * new string), or NULL when one of them is not known yet. */
static char *record_set_key(const char *zone, const json_t *r)
{
	const char *name = value_known_member(r, "name"), *type = value_known_member(r, "record_type");
	char *normal, *key;

	if (!zone || !name || !type)
		return NULL;
	normal = route53_name_normal(name);
	key = xasprintf("%s %s %s", route53_zone_path_id(zone), normal, type);
	free(normal);
	return key;
}

/* The record sets of the stack's resources of both types, in order (*n of
 * them, a new array); a resource of count or for_each is left out. */
static struct record_set *record_sets_of(const struct written_resource *rs, size_t n, size_t *out)
{
	struct record_set *sets = NULL;
	size_t count = 0, cap = 0;

	for (size_t i = 0; i < n; i++) {
		bool group = !strcmp(rs[i].type, "aws.route53.record_group");
		const json_t *list = group ? json_object_get(rs[i].config, "records") : NULL;
		const char *zone = value_known_member(rs[i].config, "zone_id");
		size_t items = group ? json_array_size(list) : 1;

		if (rs[i].repeated || (!group && strcmp(rs[i].type, "aws.route53.record")))
			continue;
		for (size_t e = 0; e < items; e++) {
			const json_t *r = group ? json_array_get(list, e) : rs[i].config;

			if (!json_is_object(r))
				continue;
			if (count == cap) {
				cap = cap ? 2 * cap : 8;
				sets = xrealloc(sets, cap * sizeof(*sets));
			}
			sets[count++] = (struct record_set){ i, group ? e : WRITTEN_NONE, r,
							     record_set_key(zone, r) };
		}
	}
	*out = count;
	return sets;
}

#define SET_IDENTIFIER_WORDS \
	"In a group of resource record sets that have the same name and type, the value of " \
	"SetIdentifier must be unique for each resource record set."
#define NON_FAILOVER_WORDS \
	"You can't create non-failover resource record sets that have the same values for the " \
	"Name and Type elements as failover resource record sets."
#define BESIDE_WEIGHTED_WORDS \
	"You can't create latency, failover, or geolocation resource record sets that have the " \
	"same values for the Name and Type elements as weighted resource record sets."

#define FAILOVER_CLOUDFRONT_WORDS \
	"For failover alias records, you can't specify a CloudFront distribution for both the " \
	"primary and secondary records."

/* Whether r is an alias to a CloudFront distribution (its hosted zone id,
 * CLOUDFRONT_ZONE's). */
static bool cloudfront_alias(const json_t *r)
{
	const char *zone = value_known_member(json_object_get(r, "alias"), "zone_id");

	return zone && !strcmp(route53_zone_path_id(zone), "Z2FDTNDATAQYW2");
}

/* Where a record set is written, for a message: "records[2]" then `sep`,
 * or "". */
static void where_written(char *buf, size_t size, const struct record_set *s, const char *sep)
{
	if (s->elem == WRITTEN_NONE)
		buf[0] = '\0';
	else
		snprintf(buf, size, "records[%zu]%s", s->elem, sep);
}

/* What AWS says of record sets a and b of one zone, name and type, when
 * they break it (NULL: nothing); *member the member its document names. */
static const char *pair_breaks(const struct record_set *a, const struct record_set *b,
			       const char **member, const char **attr)
{
	const json_t *set_a = json_object_get(a->r, "set_identifier");
	const json_t *set_b = json_object_get(b->r, "set_identifier");
	bool fail_a = value_is_set(json_object_get(a->r, "failover"));
	bool fail_b = value_is_set(json_object_get(b->r, "failover"));
	bool weighted_a = value_is_set(json_object_get(a->r, "weight"));
	bool weighted_b = value_is_set(json_object_get(b->r, "weight"));

	if (value_known_string(set_a) && value_known_string(set_b) &&
	    !strcmp(value_known_string(set_a), value_known_string(set_b))) {
		*member = "SetIdentifier";
		*attr = "set_identifier";
		return SET_IDENTIFIER_WORDS;
	}
	if (fail_a && fail_b && cloudfront_alias(a->r) && cloudfront_alias(b->r)) {
		*member = "AliasTarget.DNSName";
		*attr = "alias";
		return FAILOVER_CLOUDFRONT_WORDS;
	}
	if (fail_a == fail_b)
		return NULL;
	*member = (fail_a ? weighted_b : weighted_a) ? "Weight" : "Failover";
	*attr = "failover";
	return (fail_a ? weighted_b : weighted_a) ? BESIDE_WEIGHTED_WORDS : NON_FAILOVER_WORDS;
}

/* Two record sets of one zone, name and type (of one provider) that Route
 * 53 refuses together: b is refused, held against a. */
static void check_record_sets(const struct written_resource *rs, size_t n,
			      check_report_fn report, void *ctx)
{
	size_t count;
	struct record_set *sets = record_sets_of(rs, n, &count);

	for (size_t j = 0; j < count; j++)
		for (size_t i = 0; i < j; i++) {
			const struct record_set *a = &sets[i], *b = &sets[j];
			const char *pa = rs[a->res].provider, *pb = rs[b->res].provider;
			const char *member, *attr, *words;
			char where_a[48], where_b[48], msg[1024];

			if (!a->key || !b->key || strcmp(a->key, b->key) ||
			    strcmp(pa ? pa : "", pb ? pb : "") ||
			    !(words = pair_breaks(a, b, &member, &attr)))
				continue;
			where_written(where_a, sizeof(where_a), a, " of ");
			where_written(where_b, sizeof(where_b), b, ".");
			snprintf(msg, sizeof(msg), "%s%s: record set %s (%s) of one zone, name and "
				 "type as %sresource \"%s\"'s: AWS says \"%s\" (route53 "
				 "ChangeResourceRecordSets ChangeBatch.Changes.ResourceRecordSet.%s)",
				 where_b, attr, json_string_value(json_object_get(b->r, "name")),
				 json_string_value(json_object_get(b->r, "record_type")), where_a,
				 rs[a->res].name, words, member);
			report(ctx, &(struct check_finding){
				.warning = false, .which = b->res,
				.attr = b->elem == WRITTEN_NONE ? attr : "records", .other = a->res,
				.other_attr = a->elem == WRITTEN_NONE ? attr : "records",
				.message = msg });
		}
	for (size_t i = 0; i < count; i++)
		free(sets[i].key);
	free(sets);
}

/* ---- across resources: no CNAME at the zone apex ------------------------ */

#define APEX_CNAME_WORDS "Note that you can't create a CNAME record for the root domain name."

/* Whether DNS names a and b are one (case aside, a final dot aside). */
static bool same_dns_name(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);

	la -= la && a[la - 1] == '.';
	lb -= lb && b[lb - 1] == '.';
	return la == lb && !strncasecmp(a, b, la);
}

/* The name of the zone a record set's zone attribute names: the awscc
 * hosted zone of the stack its reference ${NAME.ATTR} names, when the
 * stack writes that zone's name; else NULL. */
static const char *referenced_zone_name(const struct written_resource *rs, size_t n,
					const char *ref)
{
	char name[256], attr[64], rest;

	if (!ref || sscanf(ref, " ${ %255[A-Za-z0-9_-].%63[a-z0-9_] } %c", name, attr, &rest) != 2)
		return NULL;
	for (size_t k = 0; k < n; k++)
		if (!strcmp(rs[k].name, name) &&
		    aws_awscc_type_is(rs[k].type, "AWS::Route53::HostedZone"))
			return json_string_value(json_object_get(rs[k].config, "name"));
	return NULL;
}

/* A CNAME record set named as its zone (the zone's name written on the
 * awscc record set, or on the stack's awscc hosted zone its zone id names):
 * Route 53 refuses it ("RRSet of type CNAME ... is not permitted at apex"). */
static void check_apex_cname(const struct written_resource *rs, size_t n,
			     check_report_fn report, void *ctx)
{
	for (size_t i = 0; i < n; i++) {
		bool cc = aws_awscc_type_is(rs[i].type, "AWS::Route53::RecordSet");
		const json_t *c = rs[i].config;
		const char *type, *name, *zone;
		char msg[1024];

		if (!cc && strcmp(rs[i].type, RECORD))
			continue;
		type = json_string_value(json_object_get(c, cc ? "record_set_type" : "record_type"));
		name = json_string_value(json_object_get(c, "name"));
		zone = cc ? json_string_value(json_object_get(c, "hosted_zone_name")) : NULL;
		if (!zone)
			zone = referenced_zone_name(rs, n, json_string_value(
					json_object_get(c, cc ? "hosted_zone_id" : "zone_id")));
		if (!type || strcmp(type, "CNAME") || !name || !zone || strstr(name, "${") ||
		    strstr(zone, "${") || !same_dns_name(name, zone))
			continue;
		snprintf(msg, sizeof(msg), "name: a CNAME record set named %s, its zone's own name "
			 "(the zone apex): AWS says \"%s\" (%sAliasTarget.DNSName)", name, APEX_CNAME_WORDS,
			 CHANGE);
		report(ctx, &(struct check_finding){ .warning = false, .which = i, .attr = "name",
						     .other = i, .other_attr = "name",
						     .message = msg });
	}
}

/* Two key-signing keys of the stack in one hosted zone (hosted_zone_id
 * written alike) with one KMS key (aws_check_one_per_parent; one name is
 * one object, checks/names.c's: the type's primary identifier); the zone's
 * keys made outside the stack are its own at the call. */
static void check_route53_key_signing_keys(const struct written_resource *rs, size_t n,
					   check_report_fn report, void *ctx)
{
	static const struct aws_one_per_parent keys = {
		"AWS::Route53::KeySigningKey", "hosted_zone_id", "key_management_service_arn",
		"key-signing key", "hosted zone",
		"The KeyManagementServiceArn must be unique for each key-signing key (KSK) in a single "
		"hosted zone.", "route53 CreateKeySigningKey KeyManagementServiceArn" };

	aws_check_one_per_parent(rs, n, &keys, report, ctx);
}

#define HEALTH_CHECK "awscc.route53.health_check"
#define HCC "route53 CreateHealthCheck HealthCheckConfig."
#define ALARM "health_check_config.alarm_identifier.name->"
#define RECOVERY_CONTROL IS("health_check_config.type", "RECOVERY_CONTROL")
/* the types that check an endpoint (not a CloudWatch alarm, children or a
 * routing control) */
#define ENDPOINT_TYPES "HTTP", "HTTPS", "HTTP_STR_MATCH", "HTTPS_STR_MATCH", "TCP"
/* local, private, link-local and multicast IPv4 ranges */
#define NOT_PUBLIC_IPV4 "^(0|10|127)\\.|^169\\.254\\.|^172\\.(1[6-9]|2[0-9]|3[01])\\.|" \
	"^192\\.168\\.|^(22[4-9]|23[0-9])\\."

const struct aws_check_row aws_rules_route53[] = {
	AWS_SAYS("route53.cloudfront_alias_no_target_health", RECORD, AWS_CALL_ANY,
		 WHEN(CLOUDFRONT_ZONE("alias.zone_id")),
		 THEN(IS_NOT("alias.evaluate_target_health", "true")), CLOUDFRONT_NO_HEALTH_WORDS,
		 CHANGE "AliasTarget.EvaluateTargetHealth"),
	AWS_SAYS("route53.group_cloudfront_alias_no_target_health", GROUP, AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("records", WHEN(CLOUDFRONT_ZONE("alias.zone_id")),
			   THEN(IS_NOT("alias.evaluate_target_health", "true")))),
		 CLOUDFRONT_NO_HEALTH_WORDS, CHANGE "AliasTarget.EvaluateTargetHealth"),
	AWS_SAYS("route53.ns_no_wildcard", RECORD, AWS_CALL_ANY, WHEN(IS("record_type", "NS")),
		 THEN(NOT_MATCHES("name", WILDCARD_NAME)), NS_NO_WILDCARD_WORDS, CHANGE "Name"),
	AWS_SAYS("route53.group_ns_no_wildcard", GROUP, AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("records", WHEN(IS("record_type", "NS")),
			   THEN(NOT_MATCHES("name", WILDCARD_NAME)))),
		 NS_NO_WILDCARD_WORDS, CHANGE "Name"),
	AWS_SAYS("route53.weighted_has_weight", RECORD, AWS_CALL_ANY,
		 WHEN(SET("set_identifier"), UNSET("failover")), THEN(SET("weight")), WEIGHT_WORDS,
		 CHANGE "Weight"),
	AWS_SAYS("route53.group_weighted_has_weight", GROUP, AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("records", WHEN(SET("set_identifier"), UNSET("failover")),
			   THEN(SET("weight")))),
		 WEIGHT_WORDS, CHANGE "Weight"),
	ACROSS_ROW("aws.*", check_record_sets,
		   CHANGE "SetIdentifier, Failover, Weight (record sets of one name and type)"),
	ACROSS_ROW("aws.*", check_apex_cname, CHANGE "AliasTarget.DNSName (no CNAME at the zone apex)"),
	/* the awscc types of the registry's handlers (route53.words: the third
	 * scope's Route 53 line) */
	ACROSS_ROW("awscc.route53.key_signing_key", check_route53_key_signing_keys,
		   "route53 CreateKeySigningKey KeyManagementServiceArn (the stack's keys of one "
		   "hosted zone)"),
	AWS_SAYS("route53.cfn_health_check_ten_tags", "awscc.route53.health_check", AWS_CALL_ANY,
		 ALWAYS, THEN(LEN_IN("health_check_tags", 0, 10)),
		 "You can add a maximum of 10 tags to a health check or a hosted zone.",
		 "route53 ChangeTagsForResource AddTags"),
	AWS_SAYS("route53.cfn_zone_ten_tags", "awscc.route53.hosted_zone", AWS_CALL_ANY,
		 ALWAYS, THEN(LEN_IN("hosted_zone_tags", 0, 10)),
		 "You can add a maximum of 10 tags to a health check or a hosted zone.",
		 "route53 ChangeTagsForResource AddTags"),
	/* the alarm a CLOUDWATCH_METRIC check names (read across the reference:
	 * an alarm of the stack, written or awscc): no extended statistic (an
	 * empty one is none); a period under 60 seconds is a high-resolution
	 * alarm's */
	AWS_SAYS("route53.cfn_alarm_no_extended_statistic", HEALTH_CHECK, AWS_CALL_ANY, ALWAYS,
		 THEN(LEN_IN(ALARM "extended_statistic", 0, 0)),
		 "Extended statistics aren't supported.", HCC "AlarmIdentifier.Name"),
	AWS_SAYS("route53.cfn_alarm_not_high_resolution", HEALTH_CHECK, AWS_CALL_ANY, ALWAYS,
		 THEN(IN(ALARM "period", 60, 1e12)), "High-resolution metrics aren't supported.",
		 HCC "AlarmIdentifier.Name"),
	AWS_SAYS("route53.cfn_health_check_ip_not_added", HEALTH_CHECK, AWS_CALL_UPDATE,
		 WHEN(WAS(UNSET("health_check_config.ip_address"))),
		 THEN(UNSET("health_check_config.ip_address")),
		 "However, you can't update an existing health check to add or remove the value of "
		 "IPAddress.", "route53 UpdateHealthCheck IPAddress"),
	AWS_SAYS("route53.cfn_health_check_ip_not_removed", HEALTH_CHECK, AWS_CALL_UPDATE,
		 WHEN(WAS(SET("health_check_config.ip_address"))),
		 THEN(SET("health_check_config.ip_address")),
		 "However, you can't update an existing health check to add or remove the value of "
		 "IPAddress.", "route53 UpdateHealthCheck IPAddress"),
	AWS_SAYS("route53.cfn_health_check_domain_or_ip", HEALTH_CHECK, AWS_CALL_ANY,
		 WHEN(IS("health_check_config.type", ENDPOINT_TYPES),
		      UNSET("health_check_config.ip_address")),
		 THEN(SET("health_check_config.fully_qualified_domain_name")),
		 "If you don't specify a value for IPAddress, you can\u2019t update the health check "
		 "to remove the FullyQualifiedDomainName; if you don\u2019t specify a value for "
		 "IPAddress on creation, a FullyQualifiedDomainName is required.",
		 "route53 UpdateHealthCheck FullyQualifiedDomainName"),
	AWS_SAYS("route53.cfn_health_check_public_ip", HEALTH_CHECK, AWS_CALL_ANY, ALWAYS,
		 THEN(NOT_MATCHES("health_check_config.ip_address", NOT_PUBLIC_IPV4)),
		 "Constraints: Route 53 can't check the health of endpoints for which the IP address "
		 "is in local, private, non-routable, or multicast ranges.", HCC "IPAddress"),
	AWS_SAYS("route53.cfn_recovery_control_no_latency", HEALTH_CHECK, AWS_CALL_ANY,
		 WHEN(RECOVERY_CONTROL), THEN(UNSET("health_check_config.measure_latency")),
		 "MeasureLatency is not supported when you specify a value for Type of "
		 "RECOVERY_CONTROL.", HCC "MeasureLatency"),
	AWS_SAYS("route53.cfn_recovery_control_no_interval", HEALTH_CHECK, AWS_CALL_ANY,
		 WHEN(RECOVERY_CONTROL), THEN(UNSET("health_check_config.request_interval")),
		 "RequestInterval is not supported when you specify a value for Type of "
		 "RECOVERY_CONTROL.", HCC "RequestInterval"),
	AWS_SAYS("route53.cfn_recovery_control_no_threshold", HEALTH_CHECK, AWS_CALL_ANY,
		 WHEN(RECOVERY_CONTROL), THEN(UNSET("health_check_config.failure_threshold")),
		 "FailureThreshold is not supported when you specify a value for Type of "
		 "RECOVERY_CONTROL.", HCC "FailureThreshold"),
	AWS_SAYS("route53.cfn_no_port_metric_calculated", HEALTH_CHECK, AWS_CALL_ANY,
		 WHEN(IS("health_check_config.type", "CLOUDWATCH_METRIC", "CALCULATED")),
		 THEN(UNSET("health_check_config.port")),
		 "Don't specify a value for Port when you specify a value for Type of "
		 "CLOUDWATCH_METRIC or CALCULATED.", HCC "Port"),
	/* a public zone (made without VPCs) does not become private */
	AWS_SAYS("route53.cfn_public_zone_no_vpcs_later", "awscc.route53.hosted_zone",
		 AWS_CALL_UPDATE, WHEN(WAS(UNSET("vp_cs"))), THEN(UNSET("vp_cs")),
		 "Note that you can't associate a VPC with a hosted zone that doesn't have an existing "
		 "VPC association.", "route53 AssociateVPCWithHostedZone HostedZoneId"),
	AWS_SAYS("route53.cfn_query_log_group_us_east_1", "awscc.route53.hosted_zone",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(MATCHES("query_logging_config.cloudwatch_logs_log_group_arn",
			      "^arn:[^:]+:logs:us-east-1:")),
		 "Note the following: You must create the log group in the us-east-1 region.",
		 "CloudFormation registry: AWS::Route53::HostedZone QueryLoggingConfig"),
	/* a key-signing key's KMS key as CreateKeySigningKey lists it (read
	 * across the reference: a key of the stack, written or awscc) */
	AWS_SAYS("route53.cfn_ksk_key_sign_verify", "awscc.route53.key_signing_key", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(IS("key_management_service_arn->key_usage", "SIGN_VERIFY"),
		      IS("key_management_service_arn->key_spec", "ECC_NIST_P256"),
		      IS("key_management_service_arn->customer_master_key_spec", "ECC_NIST_P256")),
		 "You must configure the customer managed customer managed key as follows:",
		 "route53 CreateKeySigningKey KeyManagementServiceArn"),
	{ NULL },
};
