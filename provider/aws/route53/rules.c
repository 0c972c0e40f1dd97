/*
 * route53/rules.c: Route 53's rows (checks/rules.h): AWS's own words as rows
 * (AWS_SAYS, checks/words/route53.words) on the record sets of
 * aws.route53.record and of each block of aws.route53.record_group's
 * records, as ChangeResourceRecordSets documents them: an alias to a
 * CloudFront distribution does not evaluate its target's health, an NS
 * record set's name is no wildcard, a weighted record set has a weight.
 * Route 53's models hold its lengths, ranges and enums
 * (checks/constraints.gen.c).
 */
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
	{ NULL },
};
