/*
 * iotevents/rules.c: AWS IoT Events' (detector models, alarm models,
 * inputs) rows of the one table of checks (checks/row.h) on the awscc types
 * of a service terrace's own code does not call (its objects are made
 * through Cloud Control alone): AWS's words of the census's third scope
 * (checks/words/gen_words.py, sentences.py's THIRD_SCOPE). Its ledger:
 * checks/words/iotevents.words.
 */
#include "provider/aws/checks/rules.h"

/* Each action of a detector model (of every state's events on enter, on
 * exit and on input, and its transition events) and of an alarm model
 * where WHEN_ holds (ALWAYS, or WHEN(...) of the action's paths): every
 * condition of the variadic list holds of it. */
#define DM_EVENTS(LIST, WHEN_, ...) \
	EACH(LIST, ALWAYS, THEN(EACH("actions", WHEN_, THEN(__VA_ARGS__))))
#define DM_ACTIONS(WHEN_, ...) \
	EACH("detector_model_definition.states", ALWAYS, \
	     THEN(DM_EVENTS("on_enter.events", WHEN_, __VA_ARGS__), \
		  DM_EVENTS("on_exit.events", WHEN_, __VA_ARGS__), \
		  DM_EVENTS("on_input.events", WHEN_, __VA_ARGS__), \
		  DM_EVENTS("on_input.transition_events", WHEN_, __VA_ARGS__)))
#define AM_ACTIONS(WHEN_, ...) \
	EACH("alarm_event_actions.alarm_actions", WHEN_, THEN(__VA_ARGS__))
#define DM_API "iotevents CreateDetectorModel detectorModelDefinition.states.onInput.events." \
	"actions."
#define AM_API "iotevents CreateAlarmModel alarmEventActions.alarmActions."

#define V2_JSON IS("dynamo_d_bv_2.payload.type", "JSON")
#define V2_JSON_WORDS "The value for the type parameter in Payload must be JSON."
#define SEPARATOR IS("firehose.separator", "\n", "\t", "\r\n", ",")
#define SEPARATOR_WORDS "Valid values are: '\\n' (newline), '\\t' (tab), '\\r\\n' (Windows " \
	"newline), ',' (comma)."
/* An IoT SiteWise action's, and its property value's, paths */
#define SW_ACTION "iot_site_wise"
#define SW "iot_site_wise.property_value."
#define ALIAS_OR_IDS ANY_OF(SET(SW_ACTION ".property_alias"), SET(SW_ACTION ".asset_id")), \
	ANY_OF(SET(SW_ACTION ".property_alias"), SET(SW_ACTION ".property_id"))
#define ALIAS_OR_IDS_WORDS "You must specify either propertyAlias or both assetId and " \
	"propertyId to identify the target asset property in AWS IoT SiteWise."
/* "You must specify one of the following value types, depending on the
 * dataType of the specified asset property": one at least (which one, the
 * asset property's data type, is IoT SiteWise's) */
#define ONE_VALUE ANY_OF(SET(SW "value.string_value"), SET(SW "value.integer_value"), \
			 SET(SW "value.double_value"), SET(SW "value.boolean_value"))
#define ONE_VALUE_WORDS "You must specify one of the following value types, depending on " \
	"the dataType of the specified asset property."
/* Every value of an IoT SiteWise action is an expression: a literal is in
 * single quotes ("the value for the timeInSeconds parameter can be
 * '1586400675'"); a reference, a function or a template is no literal. */
#define QUOTED(ATTR) MATCHES(ATTR, "^'[^']*'$")
#define QUALITY IS(SW "quality", "'GOOD'", "'BAD'", "'UNCERTAIN'")
#define QUALITY_WORDS "The value must be 'GOOD', 'BAD', or 'UNCERTAIN'."
#define BOOLEAN IS(SW "value.boolean_value", "'TRUE'", "'FALSE'")
#define BOOLEAN_WORDS "The asset property value is a Boolean value that must be 'TRUE' or " \
	"'FALSE'."
/* A literal number, quoted or not: its digits alone. A time of 1 to
 * 31556889864403199 seconds: a literal of 0, or of 18 digits or more,
 * refused (one of 17 digits above the maximum passes). */
#define NUMBER_LITERAL(ATTR) MATCHES(ATTR, "^'?[0-9]+'?$")
#define TIME_AT SW "timestamp.time_in_seconds"
#define TIME NOT_MATCHES(TIME_AT, "^'?(0+|0*[1-9][0-9]{17,})'?$")
#define TIME_WORDS "The valid range is between 1-31556889864403199."
#define NANOS_AT SW "timestamp.offset_in_nanos"
#define NANOS NOT_MATCHES(NANOS_AT, "^'?0*[1-9][0-9]{9,}'?$")
#define NANOS_WORDS "The valid range is between 0-999999999."

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. Each sentence is a row of a detector model's actions and one
 * of an alarm model's. */
const struct aws_check_row aws_rules_iotevents[] = {
	AWS_SAYS("iotevents.detector_dynamodbv2_payload_json", "awscc.iotevents.detector_model",
		 AWS_CALL_ANY, ALWAYS, THEN(DM_ACTIONS(ALWAYS, V2_JSON)), V2_JSON_WORDS,
		 DM_API "dynamoDBv2"),
	AWS_SAYS("iotevents.alarm_dynamodbv2_payload_json", "awscc.iotevents.alarm_model",
		 AWS_CALL_ANY, ALWAYS, THEN(AM_ACTIONS(ALWAYS, V2_JSON)), V2_JSON_WORDS,
		 AM_API "dynamoDBv2"),
	AWS_SAYS("iotevents.detector_firehose_separator", "awscc.iotevents.detector_model",
		 AWS_CALL_ANY, ALWAYS, THEN(DM_ACTIONS(ALWAYS, SEPARATOR)), SEPARATOR_WORDS,
		 DM_API "firehose.separator"),
	AWS_SAYS("iotevents.alarm_firehose_separator", "awscc.iotevents.alarm_model",
		 AWS_CALL_ANY, ALWAYS, THEN(AM_ACTIONS(ALWAYS, SEPARATOR)), SEPARATOR_WORDS,
		 AM_API "firehose.separator"),
	AWS_SAYS("iotevents.detector_sitewise_alias_or_ids", "awscc.iotevents.detector_model",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(DM_ACTIONS(WHEN(SET(SW_ACTION)), ALIAS_OR_IDS)), ALIAS_OR_IDS_WORDS,
		 DM_API "iotSiteWise"),
	AWS_SAYS("iotevents.alarm_sitewise_alias_or_ids", "awscc.iotevents.alarm_model",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(AM_ACTIONS(WHEN(SET(SW_ACTION)), ALIAS_OR_IDS)), ALIAS_OR_IDS_WORDS,
		 AM_API "iotSiteWise"),
	AWS_SAYS("iotevents.detector_sitewise_one_value", "awscc.iotevents.detector_model",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(DM_ACTIONS(WHEN(SET(SW "value")), ONE_VALUE)), ONE_VALUE_WORDS,
		 DM_API "iotSiteWise.propertyValue.value"),
	AWS_SAYS("iotevents.alarm_sitewise_one_value", "awscc.iotevents.alarm_model",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(AM_ACTIONS(WHEN(SET(SW "value")), ONE_VALUE)), ONE_VALUE_WORDS,
		 AM_API "iotSiteWise.propertyValue.value"),
	AWS_SAYS("iotevents.detector_sitewise_quality", "awscc.iotevents.detector_model",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(DM_ACTIONS(WHEN(QUOTED(SW "quality")), QUALITY)), QUALITY_WORDS,
		 DM_API "iotSiteWise.propertyValue.quality"),
	AWS_SAYS("iotevents.alarm_sitewise_quality", "awscc.iotevents.alarm_model",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(AM_ACTIONS(WHEN(QUOTED(SW "quality")), QUALITY)), QUALITY_WORDS,
		 AM_API "iotSiteWise.propertyValue.quality"),
	AWS_SAYS("iotevents.detector_sitewise_boolean", "awscc.iotevents.detector_model",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(DM_ACTIONS(WHEN(QUOTED(SW "value.boolean_value")), BOOLEAN)), BOOLEAN_WORDS,
		 DM_API "iotSiteWise.propertyValue.value.booleanValue"),
	AWS_SAYS("iotevents.alarm_sitewise_boolean", "awscc.iotevents.alarm_model",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(AM_ACTIONS(WHEN(QUOTED(SW "value.boolean_value")), BOOLEAN)), BOOLEAN_WORDS,
		 AM_API "iotSiteWise.propertyValue.value.booleanValue"),
	AWS_SAYS("iotevents.detector_sitewise_time_in_seconds", "awscc.iotevents.detector_model",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(DM_ACTIONS(WHEN(NUMBER_LITERAL(TIME_AT)), TIME)), TIME_WORDS,
		 DM_API "iotSiteWise.propertyValue.timestamp.timeInSeconds"),
	AWS_SAYS("iotevents.alarm_sitewise_time_in_seconds", "awscc.iotevents.alarm_model",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(AM_ACTIONS(WHEN(NUMBER_LITERAL(TIME_AT)), TIME)), TIME_WORDS,
		 AM_API "iotSiteWise.propertyValue.timestamp.timeInSeconds"),
	AWS_SAYS("iotevents.detector_sitewise_offset_in_nanos", "awscc.iotevents.detector_model",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(DM_ACTIONS(WHEN(NUMBER_LITERAL(NANOS_AT)), NANOS)), NANOS_WORDS,
		 DM_API "iotSiteWise.propertyValue.timestamp.offsetInNanos"),
	AWS_SAYS("iotevents.alarm_sitewise_offset_in_nanos", "awscc.iotevents.alarm_model",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(AM_ACTIONS(WHEN(NUMBER_LITERAL(NANOS_AT)), NANOS)), NANOS_WORDS,
		 AM_API "iotSiteWise.propertyValue.timestamp.offsetInNanos"),
	{ NULL },
};
