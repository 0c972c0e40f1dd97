/*
 * iot/rules.c: AWS IoT's
 * rows of the one table of checks (checks/row.h) on the awscc types of
 * a service terrace's own code does not call (its objects are made
 * through Cloud Control alone): AWS's words of the census's third scope
 * (checks/words/gen_words.py, sentences.py's THIRD_SCOPE), and the written
 * rules they need.
 * Its ledger: checks/words/iot.words.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/checks/rules.h"
#include "provider/provider.h"


/* One HTTP action of a topic rule: a confirmation_url when its url holds a
 * substitution template the stack writes literally ("$${topic()}", as the
 * stack's text has it before it is evaluated: after, "${" is a value not
 * known as much as a template, and passes); its confirmation_url a prefix
 * of its url when both are known and neither is a substitution template
 * ("${...}", known only when the rule runs). */
static int http_confirmation_prefix(const json_t *http, const char *at, struct strbuf *err)
{
	const json_t *url = json_object_get(http, "url");
	const json_t *confirmation = json_object_get(http, "confirmation_url");
	const char *u = json_string_value(url), *c = json_string_value(confirmation);

	if (u && strstr(u, "$${") && value_set_ness(confirmation) == 0) {
		strbuf_addf(err, "%s.http.url: ", at);
		aws_constraint_quote(err, u);
		strbuf_addstr(err, " holds a substitution template and the action has no "
			      "confirmation_url: AWS says \"If substitution templates are used in the "
			      "URL, you must also specify a confirmationUrl.\" (iot CreateTopicRule "
			      "topicRulePayload.actions.http.url)");
		return -1;
	}
	if (!u || !c || value_not_known(url) || value_not_known(confirmation) ||
	    strstr(u, "${") || strstr(c, "${") || !strncmp(u, c, strlen(c)))
		return 0;
	strbuf_addf(err, "%s.http.confirmation_url: \"%s\" does not begin the url \"%s\": AWS "
		    "says \"The value of the confirmation URL must be a prefix of the endpoint "
		    "URL.\" (iot CreateTopicRule topicRulePayload.actions.http.confirmationUrl)",
		    at, c, u);
	return -1;
}

/* A topic rule's HTTP actions and its error action's: a confirmation URL
 * beside a URL with a substitution template, each confirmation URL a
 * prefix of its endpoint URL (iot.words: a relation of two values the
 * rows' conditions do not make, and a template the rows take as not known). */
int rule_iot_http_confirmation_prefix(const json_t *v, const json_t *r, struct strbuf *err)
{
	const json_t *actions = json_object_get(v, "actions"), *a;
	size_t i;
	char at[64];

	(void)r;
	if (!json_is_object(v) || value_not_known(v))
		return 0;
	json_array_foreach(actions, i, a) {
		snprintf(at, sizeof(at), "actions[%zu]", i);
		if (json_is_object(json_object_get(a, "http")) &&
		    http_confirmation_prefix(json_object_get(a, "http"), at, err))
			return -1;
	}
	a = json_object_get(v, "error_action");
	if (json_is_object(a) && json_is_object(json_object_get(a, "http")))
		return http_confirmation_prefix(json_object_get(a, "http"), "error_action", err);
	return 0;
}

/* A policy's document: at most 2,048 characters not counting whitespace
 * (iot.words: a count the rows' lengths do not make). A document written
 * as an object is counted as terrace sends it (compact JSON: what any
 * spelling of it holds besides whitespace); one not known whole passes.
 * Every whitespace character is left out of the count, the fewest either
 * reading of "whitespace" (JSON's or any) leaves, and a character is a
 * code point, not a byte. */
int rule_iot_policy_document_size(const json_t *v, const json_t *r, struct strbuf *err)
{
	char *text = NULL;
	const char *s = value_known_string(v);
	size_t count = 0;

	(void)r;
	if (!s && (json_is_object(v) || json_is_array(v)) && !value_holds_not_known(v))
		s = text = json_dumps(v, JSON_COMPACT);
	for (const unsigned char *c = (const unsigned char *)s; c && *c; c++)
		if ((*c & 0xC0) != 0x80 && !strchr(" \t\n\r\v\f", *c))
			count++;
	free(text);
	if (count <= 2048)
		return 0;
	strbuf_addf(err, "the document holds %zu characters besides whitespace: AWS says "
		    "\"policyDocument must have a minimum length of 1, with a maximum length of "
		    "2048, excluding whitespace.\" (iot CreatePolicy policyDocument)", count);
	return -1;
}

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_iot[] = {
	/* AWS IoT (iot.words). A topic rule's actions and its error action
	 * alike; a value that is a substitution template ("${...}") is known
	 * only when the rule runs, and passes. */
#define IOT_ACTIONS(COND) \
	EACH("topic_rule_payload.actions", ALWAYS, THEN(COND)), \
	EACH("topic_rule_payload.error_action", ALWAYS, THEN(COND))
#define IOT_ACTIONS_WHEN(WHEN_, COND) \
	EACH("topic_rule_payload.actions", WHEN_, THEN(COND)), \
	EACH("topic_rule_payload.error_action", WHEN_, THEN(COND))
#define LITERAL(ATTR) NOT_MATCHES(ATTR, "\\$\\{")
#define IOT_TR "iot CreateTopicRule topicRulePayload.actions."
	RULE("awscc.iot.policy", "policy_document", rule_iot_policy_document_size,
	     "iot CreatePolicy policyDocument"),
	RULE("awscc.iot.topic_rule", "topic_rule_payload", rule_iot_http_confirmation_prefix,
	     "AWS IoT API reference: HttpAction confirmationUrl"),
	AWS_SAYS("iot.topic_rule_events_batch_no_message_id", "awscc.iot.topic_rule", AWS_CALL_ANY,
		 ALWAYS, THEN(IOT_ACTIONS_WHEN(WHEN(IS("iot_events.batch_mode", "true")),
					       UNSET("iot_events.message_id"))),
		 "When batchMode is true, you can't specify a messageId.",
		 IOT_TR "iotEvents.batchMode"),
	AWS_SAYS("iot.topic_rule_dimension_reserved", "awscc.iot.topic_rule", AWS_CALL_ANY, ALWAYS,
		 THEN(IOT_ACTIONS(EACH("timestream.dimensions", ALWAYS,
				       THEN(IS_NOT("name", "measure_name", "measure_value", "time"))))),
		 "Dimensions cannot be named: measure_name, measure_value, or time.",
		 IOT_TR "timestream.dimensions.name"),
	AWS_SAYS("iot.topic_rule_dimension_prefix", "awscc.iot.topic_rule", AWS_CALL_ANY, ALWAYS,
		 THEN(IOT_ACTIONS(EACH("timestream.dimensions", WHEN(LITERAL("name")),
				       THEN(NOT_MATCHES("name", "^(ts_|measure_value)|:"))))),
		 "Dimension names cannot start with ts_ or measure_value and they cannot contain the "
		 "colon (:) character.", IOT_TR "timestream.dimensions.name"),
	AWS_SAYS("iot.topic_rule_response_topic_no_wildcard", "awscc.iot.topic_rule", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(IOT_ACTIONS_WHEN(WHEN(LITERAL("republish.headers.response_topic")),
				       NOT_MATCHES("republish.headers.response_topic", "[#+]"))),
		 "The topic must not contain wildcard characters.",
		 IOT_TR "republish.headers.responseTopic"),
	AWS_SAYS("iot.topic_rule_payload_format", "awscc.iot.topic_rule", AWS_CALL_ANY, ALWAYS,
		 THEN(IOT_ACTIONS_WHEN(WHEN(LITERAL("republish.headers.payload_format_indicator")),
				       IS("republish.headers.payload_format_indicator",
					  "UNSPECIFIED_BYTES", "UTF8_DATA"))),
		 "Valid values are UNSPECIFIED_BYTES and UTF8_DATA.",
		 IOT_TR "republish.headers.payloadFormatIndicator"),
	/* base64's characters, its padding not asked (AWS does not say it
	 * refuses text without it) */
	AWS_SAYS("iot.topic_rule_correlation_base64", "awscc.iot.topic_rule", AWS_CALL_ANY, ALWAYS,
		 THEN(IOT_ACTIONS_WHEN(WHEN(LITERAL("republish.headers.correlation_data")),
				       MATCHES("republish.headers.correlation_data",
					       "^[A-Za-z0-9+/]*={0,2}$"))),
		 "This binary data must be based64-encoded.",
		 IOT_TR "republish.headers.correlationData"),
	AWS_SAYS("iot.topic_rule_timestamp_unit", "awscc.iot.topic_rule", AWS_CALL_ANY, ALWAYS,
		 THEN(IOT_ACTIONS_WHEN(WHEN(LITERAL("timestream.timestamp.unit")),
				       IS("timestream.timestamp.unit", "SECONDS", "MILLISECONDS",
					  "MICROSECONDS", "NANOSECONDS")),
		      IOT_ACTIONS_WHEN(WHEN(LITERAL("location.timestamp.unit")),
				       IS("location.timestamp.unit", "SECONDS", "MILLISECONDS",
					  "MICROSECONDS", "NANOSECONDS"))),
		 "Valid values: SECONDS | MILLISECONDS | MICROSECONDS | NANOSECONDS.",
		 IOT_TR "timestream.timestamp.unit"),
	AWS_SAYS("iot.topic_rule_sitewise_alias_or_ids", "awscc.iot.topic_rule", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(IOT_ACTIONS(EACH("iot_site_wise.put_asset_property_value_entries", ALWAYS,
				       THEN(ANY_OF(SET("property_alias"), SET("asset_id")),
					    ANY_OF(SET("property_alias"), SET("property_id")))))),
		 "You must specify either a propertyAlias or both an aliasId and a propertyId.",
		 IOT_TR "iotSiteWise.putAssetPropertyValueEntries.propertyAlias"),
	AWS_SAYS("iot.topic_rule_sitewise_quality", "awscc.iot.topic_rule", AWS_CALL_ANY, ALWAYS,
		 THEN(IOT_ACTIONS(EACH("iot_site_wise.put_asset_property_value_entries", ALWAYS,
				       THEN(EACH("property_values", WHEN(LITERAL("quality")),
						 THEN(IS("quality", "GOOD", "BAD", "UNCERTAIN"))))))),
		 "Must be GOOD, BAD, or UNCERTAIN.",
		 IOT_TR "iotSiteWise.putAssetPropertyValueEntries.propertyValues.quality"),
	/* "To create a new rule action or to update an existing rule action, use
	 * the OpenSearch rule action instead": a create row */
	AWS_SAYS("iot.topic_rule_no_new_elasticsearch", "awscc.iot.topic_rule", AWS_CALL_CREATE,
		 ALWAYS, THEN(IOT_ACTIONS(UNSET("elasticsearch"))),
		 "The Elasticsearch action can only be used by existing rule actions.",
		 IOT_TR "elasticsearch"),
	AWS_SAYS("iot.scheduled_audit_day_of_month", "awscc.iot.scheduled_audit", AWS_CALL_ANY,
		 WHEN(IS("frequency", "MONTHLY")), THEN(SET("day_of_month")),
		 "This field is required if the frequency parameter is set to MONTHLY.",
		 "CloudFormation registry: AWS::IoT::ScheduledAudit DayOfMonth"),
	AWS_SAYS("iot.scheduled_audit_day_of_week", "awscc.iot.scheduled_audit", AWS_CALL_ANY,
		 WHEN(IS("frequency", "WEEKLY", "BIWEEKLY")), THEN(SET("day_of_week")),
		 "This field is required if the frequency parameter is set to WEEKLY or BIWEEKLY.",
		 "CloudFormation registry: AWS::IoT::ScheduledAudit DayOfWeek"),
	AWS_SAYS("iot.job_template_document_or_source", "awscc.iot.job_template", AWS_CALL_CREATE,
		 ALWAYS, THEN(ANY_OF(SET("document"), SET("document_source"))),
		 "Required if you don't specify a value for documentSource.",
		 "CloudFormation registry: AWS::IoT::JobTemplate Document"),
	AWS_SAYS("iot.cfn_mitigation_action_one_param", "awscc.iot.mitigation_action", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(EXACTLY_ONE_OF(SET("action_params.add_things_to_thing_group_params"),
				     SET("action_params.enable_io_t_logging_params"),
				     SET("action_params.publish_finding_to_sns_params"),
				     SET("action_params.replace_default_policy_version_params"),
				     SET("action_params.update_ca_certificate_params"),
				     SET("action_params.update_device_certificate_params"))),
		 "You can specify only one type of parameter (in other words, you can apply only one "
		 "action for each defined mitigation action).",
		 "CloudFormation registry: AWS::IoT::MitigationAction ActionParams"),
	AWS_SAYS("iot.custom_metric_name_not_aws", "awscc.iot.custom_metric", AWS_CALL_CREATE, ALWAYS,
		 THEN(NOT_MATCHES("metric_name", "^aws:")), "The name can't begin with aws:.",
		 "iot CreateCustomMetric metricName"),
	AWS_SAYS("iot.command_iot_namespace_no_role", "awscc.iot.command", AWS_CALL_ANY,
		 WHEN(IS("namespace", "AWS-IoT")), THEN(UNSET("role_arn")),
		 "This field is not supported when you use the AWS-IoT namespace.",
		 "iot CreateCommand roleArn"),
	AWS_SAYS("iot.command_fleetwise_namespace_role", "awscc.iot.command", AWS_CALL_ANY,
		 WHEN(IS("namespace", "AWS-IoT-FleetWise")), THEN(SET("role_arn")),
		 "The IAM role that you must provide when using the AWS-IoT-FleetWise namespace.",
		 "iot CreateCommand roleArn"),
	AWS_SAYS("iot.command_content_type_format", "awscc.iot.command", AWS_CALL_ANY, ALWAYS,
		 THEN(MATCHES("payload.content_type", "^[^/[:space:]]+/[^/[:space:]]+")),
		 "This field must use a type/subtype format, such as application/json.",
		 "iot CreateCommand payload.contentType"),
	/* its range, 60 to 86400, the registry's keywords hold */
	AWS_SAYS("iot.fleet_metric_period_minutes", "awscc.iot.fleet_metric", AWS_CALL_ANY, ALWAYS,
		 THEN(MULTIPLE_OF("period", 60)),
		 "Range [60(1 min), 86400(1 day)] and must be multiple of 60.",
		 "iot CreateFleetMetric period"),
	/* the region of "the same Amazon Web Services account and region"; the
	 * account is the caller's, which a validate does not ask */
	AWS_SAYS("iot.domain_ocsp_responder_in_region", "awscc.iot.domain_configuration",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(IN_REGION("server_certificate_config.ocsp_authorized_responder_arn")),
		 "The certificate must be in the same Amazon Web Services account and region as the "
		 "domain configuration.",
		 "iot CreateDomainConfiguration serverCertificateConfig.ocspAuthorizedResponderArn"),
	AWS_SAYS("iot.domain_ocsp_lambda_in_region", "awscc.iot.domain_configuration", AWS_CALL_ANY,
		 ALWAYS, THEN(IN_REGION("server_certificate_config.ocsp_lambda_arn")),
		 "The Lambda function must be in the same Amazon Web Services account and region as "
		 "the domain configuration.",
		 "iot CreateDomainConfiguration serverCertificateConfig.ocspLambdaArn"),
	AWS_SAYS("iot.ca_sni_only_no_verification", "awscc.iot.ca_certificate", AWS_CALL_CREATE,
		 WHEN(IS("certificate_mode", "SNI_ONLY")), THEN(UNSET("verification_certificate_pem")),
		 "If certificateMode is SNI_ONLY, the verificationCertificate field must be empty.",
		 "iot RegisterCACertificate verificationCertificate"),
	/* a mode left out (DEFAULT, AWS's) is not judged: a premise on a value
	 * not sent does not hold */
	AWS_SAYS("iot.ca_default_verification", "awscc.iot.ca_certificate", AWS_CALL_CREATE,
		 WHEN(IS("certificate_mode", "DEFAULT")), THEN(SET("verification_certificate_pem")),
		 "If certificateMode is DEFAULT or not provided, the verificationCertificate field "
		 "must not be empty.", "iot RegisterCACertificate verificationCertificate"),
	/* through the role the alias references ("->", test_words_crossing.c's) */
	AWS_SAYS("iot.role_alias_duration_within_role", "awscc.iot.role_alias", AWS_CALL_ANY, ALWAYS,
		 THEN(AT_MOST("credential_duration_seconds", "role_arn->max_session_duration")),
		 "This value must be less than or equal to the maximum session duration of the IAM "
		 "role that the role alias references.",
		 "iot CreateRoleAlias credentialDurationSeconds"),
	/* The tag keys' reserved prefix where the registry's Tag.Key has no
	 * pattern that holds it (connect.words, iot.words: "cannot be prefixed
	 * with aws:"). */
#define TAG_KEYS(TYPE) RULE(TYPE, "tags", rule_tag_list_keys, \
			    "CloudFormation registry: the type's Tag.Key")
	TAG_KEYS("awscc.iot.ca_certificate"), TAG_KEYS("awscc.iot.certificate_provider"),
	TAG_KEYS("awscc.iot.role_alias"), TAG_KEYS("awscc.iot.software_package"),
	TAG_KEYS("awscc.iot.software_package_version"),
#undef TAG_KEYS
	{ NULL },
};
