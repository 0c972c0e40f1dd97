/*
 * amplify/rules.c: AWS Amplify Hosting's (apps, branches, domains) rows of
 * the one table of checks (checks/row.h) on the awscc types of a service
 * terrace's own code does not call (its objects are made through Cloud
 * Control alone): AWS's words of the census's third scope
 * (checks/words/gen_words.py, sentences.py's THIRD_SCOPE).
 * Its ledger: checks/words/amplify.words.
 */
#include "provider/aws/checks/rules.h"

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_amplify[] = {
	/* a domain's own certificate */
	AWS_SAYS("amplify.custom_certificate_arn",
		 "awscc.amplify.domain", AWS_CALL_ANY,
		 WHEN(IS("certificate_settings.certificate_type", "CUSTOM")),
		 THEN(SET("certificate_settings.custom_certificate_arn")),
		 "This field is required only when the certificate type is CUSTOM.",
		 "amplify CreateDomainAssociation certificateSettings.customCertificateArn"),
	{ NULL },
};
