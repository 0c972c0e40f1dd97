/*
 * guardduty/rules.c: Amazon GuardDuty's (detectors, filters, IP, threat and
 * trusted entity sets, members, malware protection plans, publishing
 * destinations) rows of the one table of checks (checks/row.h) on the awscc
 * types of a service terrace's own code does not call (its objects are made
 * through Cloud Control alone): AWS's words of the census's third scope
 * (checks/words/gen_words.py, sentences.py's THIRD_SCOPE: botocore's
 * guardduty). Its ledger: checks/words/guardduty.words.
 */
#include "provider/aws/checks/rules.h"

#define GD "guardduty "
#define EMAIL GD "CreateMembers AccountDetails.Email"
#define MEMBER "awscc.guardduty.member"

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_guardduty[] = {
	/* a member's email address, the rules CreateMembers lists (the model
	 * bounds it 1 to 64, the registry not at all); the local name is what
	 * comes before the one @, the domain name what follows it */
	AWS_SAYS("guardduty.member_email_length", MEMBER, AWS_CALL_ANY, WHEN(SET("email")),
		 THEN(LEN_IN("email", 6, 64)),
		 "The email address must be a minimum of 6 and a maximum of 64 characters long.",
		 EMAIL),
	AWS_SAYS("guardduty.member_email_ascii", MEMBER, AWS_CALL_ANY, ALWAYS,
		 THEN(NOT_MATCHES("email", "[^\x01-\x7f]")),
		 "All characters must be 7-bit ASCII characters.", EMAIL),
	AWS_SAYS("guardduty.member_email_one_at", MEMBER, AWS_CALL_ANY, WHEN(SET("email")),
		 THEN(MATCHES("email", "^[^@]*@[^@]*$")),
		 "There must be one and only one @ symbol, which separates the local name from the "
		 "domain name.", EMAIL),
	/* whitespace, " ' ( ) < > [ ] : ' , \ | % & */
	AWS_SAYS("guardduty.member_email_local_chars", MEMBER, AWS_CALL_ANY, ALWAYS,
		 THEN(NOT_MATCHES("email", "^[^@]*[][[:space:]\"'()<>:,\\|%&]")),
		 "The local name can't contain any of the following characters:", EMAIL),
	AWS_SAYS("guardduty.member_email_local_first", MEMBER, AWS_CALL_ANY, ALWAYS,
		 THEN(NOT_MATCHES("email", "^\\.")),
		 "The local name can't begin with a dot (.).", EMAIL),
	AWS_SAYS("guardduty.member_email_domain_ends", MEMBER, AWS_CALL_ANY, ALWAYS,
		 THEN(NOT_MATCHES("email", "@[-.]|@.*[-.]$")),
		 "The domain name can't begin or end with a dot (.) or hyphen (-).", EMAIL),
	AWS_SAYS("guardduty.member_email_domain_dot", MEMBER, AWS_CALL_ANY,
		 WHEN(MATCHES("email", "@")), THEN(MATCHES("email", "@[^@]*\\.")),
		 "The domain name must contain at least one dot.", EMAIL),
	/* a filter's name (the registry bounds it 1 to 64 alone) */
	AWS_SAYS("guardduty.filter_name_chars", "awscc.guardduty.filter", AWS_CALL_ANY, ALWAYS,
		 THEN(MATCHES("name", "^[A-Za-z0-9._-]*$")),
		 "Valid characters include period (.), underscore (_), dash (-), and alphanumeric "
		 "characters.", GD "CreateFilter Name"),
	/* an entity set's file: each S3 URL form of GuardDuty's guide begins
	 * s3://, https:// or http:// */
	AWS_SAYS("guardduty.entity_set_location_url", "awscc.guardduty.threat_entity_set",
		 AWS_CALL_ANY, ALWAYS, THEN(MATCHES("location", "^(s3|https?)://")),
		 "The format of the Location URL must be a valid Amazon S3 URL format.",
		 GD "CreateThreatEntitySet Location"),
	AWS_SAYS("guardduty.trusted_set_location_url", "awscc.guardduty.trusted_entity_set",
		 AWS_CALL_ANY, ALWAYS, THEN(MATCHES("location", "^(s3|https?)://")),
		 "The format of the Location URL must be a valid Amazon S3 URL format.",
		 GD "CreateTrustedEntitySet Location"),
	{ NULL },
};
