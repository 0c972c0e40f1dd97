/*
 * cloudtrail/rules.c: AWS CloudTrail's (trails, event data stores,
 * channels, dashboards) rows of the one table of checks (checks/row.h) on
 * the awscc types of a service terrace's own code does not call (its
 * objects are made through Cloud Control alone): AWS's words of the
 * census's third scope (checks/words/gen_words.py, sentences.py's
 * THIRD_SCOPE), and the written rule of a trail's advanced selectors' 500
 * values. Its ledger: checks/words/cloudtrail.words.
 */
#include <stdio.h>
#include <string.h>

#include "provider/aws/checks/rules.h"
#include "provider/provider.h"

#define CT "cloudtrail "
#define HIGHLIGHTS WHEN(IS("name", "AWSCloudTrail-Highlights"))
#define FREQUENCY "refresh_schedule.frequency."

/* A trail's advanced event selectors: at most 500 values in all their
 * conditions (each operator's list of each field selector). */
int rule_cloudtrail_selector_values(const json_t *v, const json_t *r, struct strbuf *err)
{
	static const char *const ops[] = { "equals", "starts_with", "ends_with", "not_equals",
					   "not_starts_with", "not_ends_with" };
	const json_t *selector, *field;
	size_t i, j, values = 0;

	(void)r;
	json_array_foreach(v, i, selector)
		json_array_foreach(json_object_get(selector, "field_selectors"), j, field)
			for (size_t k = 0; k < sizeof(ops) / sizeof(*ops); k++) {
				const json_t *list = json_object_get(field, ops[k]);
				values += json_is_array(list) ? json_array_size(list) : 0;
			}
	if (values <= 500)
		return 0;
	strbuf_addf(err, "advanced_event_selectors: %zu values in their conditions: AWS says \"You "
		    "can add advanced event selectors, and conditions for your advanced event "
		    "selectors, up to a maximum of 500 values for all conditions and selectors on a "
		    "trail.\" (" CT "PutEventSelectors AdvancedEventSelectors)", values);
	return -1;
}

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_cloudtrail[] = {
	/* a trail's event selectors */
	AWS_SAYS("cloudtrail.advanced_or_basic_selectors", "awscc.cloudtrail.trail", AWS_CALL_ANY,
		 WHEN(SET("advanced_event_selectors")), THEN(UNSET("event_selectors")),
		 "You can use either AdvancedEventSelectors or EventSelectors, but not both.",
		 CT "PutEventSelectors AdvancedEventSelectors"),
	RULE("awscc.cloudtrail.trail", "advanced_event_selectors", rule_cloudtrail_selector_values,
	     CT "PutEventSelectors AdvancedEventSelectors"),
	AWS_SAYS("cloudtrail.data_resources_250", "awscc.cloudtrail.trail", AWS_CALL_ANY, ALWAYS,
		 THEN(COUNT_IN("event_selectors[].data_resources", NULL, 0, 250)),
		 "You can specify up to 250 resources for an individual event selector, but the "
		 "total number of data resources cannot exceed 250 across all event selectors in a "
		 "trail.", CT "PutEventSelectors EventSelectors.DataResources"),
	/* the fields only Equals may judge, of a trail's or an event data
	 * store's advanced selectors */
	AWS_SAYS("cloudtrail.equals_only_fields", "awscc.cloudtrail.*", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("advanced_event_selectors", ALWAYS,
			   THEN(EACH("field_selectors",
				     WHEN(IS("field", "readOnly", "eventCategory", "resources.type")),
				     THEN(UNSET("starts_with"), UNSET("ends_with"),
					  UNSET("not_equals"), UNSET("not_starts_with"),
					  UNSET("not_ends_with")))))),
		 "This is the only valid operator that you can use with the readOnly, "
		 "eventCategory, and resources.type fields.",
		 CT "PutEventSelectors AdvancedEventSelectors.FieldSelectors.Equals"),
	/* an event data store's billing, key, Insights and context keys */
	AWS_SAYS("cloudtrail.billing_mode_not_back", "awscc.cloudtrail.event_data_store", AWS_CALL_UPDATE,
		 WHEN(IS("billing_mode", "FIXED_RETENTION_PRICING")),
		 THEN(WAS(IS_NOT("billing_mode", "EXTENDABLE_RETENTION_PRICING"))),
		 "You can't change the billing mode from EXTENDABLE_RETENTION_PRICING to "
		 "FIXED_RETENTION_PRICING.", CT "UpdateEventDataStore BillingMode"),
	AWS_SAYS("cloudtrail.kms_key_kept", "awscc.cloudtrail.event_data_store", AWS_CALL_UPDATE,
		 WHEN(WAS(SET("kms_key_id"))),
		 THEN(SET("kms_key_id")),
		 "After you associate an event data store with a KMS key, the KMS key cannot be "
		 "removed or changed.", CT "UpdateEventDataStore KmsKeyId"),
	AWS_SAYS("cloudtrail.insights_destination", "awscc.cloudtrail.event_data_store", AWS_CALL_ANY,
		 WHEN(SET("insight_selectors")), THEN(SET("insights_destination")),
		 "To enable Insights on an event data store, you must provide both the "
		 "EventDataStore and InsightsDestination parameters.",
		 CT "PutInsightSelectors InsightsDestination"),
	AWS_SAYS("cloudtrail.context_keys_large", "awscc.cloudtrail.event_data_store", AWS_CALL_ANY,
		 WHEN(SET("context_key_selectors")),
		 THEN(SET("max_event_size"), IS("max_event_size", "Large")),
		 "If you are using context key selectors, MaxEventSize must be set to Large.",
		 CT "PutEventConfiguration MaxEventSize"),
	/* a dashboard: the Highlights one's schedule, a custom one's widgets */
	AWS_SAYS("cloudtrail.highlights_schedule", "awscc.cloudtrail.dashboard", AWS_CALL_CREATE,
		 HIGHLIGHTS,
		 THEN(SET("refresh_schedule.status"), IS("refresh_schedule.status", "ENABLED")),
		 "To create the Highlights dashboard, you must set a refresh schedule and set the "
		 "Status to ENABLED.", CT "CreateDashboard RefreshSchedule"),
	AWS_SAYS("cloudtrail.highlights_every_6_hours", "awscc.cloudtrail.dashboard", AWS_CALL_ANY,
		 HIGHLIGHTS,
		 THEN(IS(FREQUENCY "unit", "HOURS"), IS(FREQUENCY "value", "6")),
		 "The Unit for the refresh schedule must be HOURS and the Value must be 6.",
		 CT "CreateDashboard RefreshSchedule"),
	AWS_SAYS("cloudtrail.days_one", "awscc.cloudtrail.dashboard", AWS_CALL_ANY,
		 WHEN(IS(FREQUENCY "unit", "DAYS")),
		 THEN(IS(FREQUENCY "value", "1")),
		 "For custom dashboards, the only valid value when the unit is DAYS is 1.",
		 CT "CreateDashboard RefreshSchedule.Frequency.Value"),
	AWS_SAYS("cloudtrail.widgets_10", "awscc.cloudtrail.dashboard", AWS_CALL_ANY, ALWAYS,
		 THEN(LEN_IN("widgets", 0, 10)),
		 "A custom dashboard can have a maximum of 10 widgets.",
		 CT "UpdateDashboard Widgets"),
	AWS_SAYS("cloudtrail.event_time_quoted", "awscc.cloudtrail.dashboard", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("widgets", ALWAYS,
			   THEN(NOT_MATCHES("query_statement",
					    "[Ee][Vv][Ee][Nn][Tt][Tt][Ii][Mm][Ee][[:space:]]*"
					    "(<=|>=|<>|!=|=|<|>)[[:space:]]*\\?")))),
		 "When a query uses ? with eventTime, ? must be surrounded by single quotes as "
		 "follows: '?'.", CT "CreateDashboard Widgets.QueryStatement"),
	/* tags: keys once each, none aws: */
	AWS_SAYS("cloudtrail.tag_keys_unique", "awscc.cloudtrail.*", AWS_CALL_ANY, ALWAYS,
		 THEN(UNIQUE("tags[].key")),
		 "The key must be unique for the resource to which it applies.",
		 CT "CreateTrail TagsList.Key"),
#define TAG_KEYS(TYPE) RULE("awscc.cloudtrail." TYPE, "tags", rule_tag_list_keys, \
			    "CloudFormation registry: AWS::CloudTrail::Trail Tag.Key")
	TAG_KEYS("trail"), TAG_KEYS("event_data_store"), TAG_KEYS("dashboard"), TAG_KEYS("channel"),
#undef TAG_KEYS
	{ NULL },
};
