/*
 * smsvoice/rules.c: AWS End User Messaging SMS and Voice v2's (CloudFormation's
 * SMSVOICE: configuration sets, opt-out lists, phone numbers, pools, protect
 * configurations, sender IDs) rows of the one table of checks (checks/row.h)
 * on the awscc types of a service terrace's own code does not call (its
 * objects are made through Cloud Control alone): AWS's words of the
 * census's third scope (checks/words/gen_words.py, sentences.py's
 * THIRD_SCOPE). Its ledger: checks/words/pinpoint-sms-voice-v2.words
 * (botocore's name of the model; its requests are signed sms-voice).
 */
#include "provider/aws/checks/rules.h"

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_smsvoice[] = {
	/* the model's EventType lists TEXT_SENT; the registry's list has no enum */
	AWS_SAYS("smsvoice.no_text_sent_event", "awscc.smsvoice.configuration_set", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(EACH("event_destinations", ALWAYS,
			   THEN(EACH("matching_event_types", ALWAYS,
				     THEN(IS_NOT("", "TEXT_SENT")))))),
		 "The TEXT_SENT event type is not supported.",
		 "pinpoint-sms-voice-v2 CreateEventDestination MatchingEventTypes"),
	/* every type's tags (the registry's Tag.Key: its 1 to 128 the schema's
	 * bounds hold) */
	AWS_SAYS("smsvoice.cfn_tag_keys_not_aws", "awscc.smsvoice.*", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("tags", ALWAYS, THEN(NOT_MATCHES("key", "^aws:")))),
		 "You can specify a value that is 1 to 128 Unicode characters in length and cannot "
		 "be prefixed with aws:.",
		 "CloudFormation registry: AWS::SMSVOICE::ConfigurationSet Tag.Key"),
	{ NULL },
};
