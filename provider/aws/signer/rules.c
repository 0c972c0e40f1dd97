/*
 * signer/rules.c: AWS Signer's (signing profiles and their permissions) rows
 * of the one table of checks (checks/row.h) on the awscc types of a service
 * terrace's own code does not call (its objects are made through Cloud
 * Control alone): AWS's words of the census's third scope
 * (checks/words/gen_words.py, sentences.py's THIRD_SCOPE). Its ledger:
 * checks/words/signer.words.
 */
#include "provider/aws/checks/rules.h"

#define PERMISSION_ACTION "signer AddProfilePermission action"

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. A permission's workflow is its profile's platform (the
 * registry's two: AWSLambda-SHA384-ECDSA for Lambda, Notation-OCI-SHA384-ECDSA
 * for container images), read across the reference "profile_name->". */
const struct aws_check_row aws_rules_signer[] = {
	AWS_SAYS("signer.container_no_start_signing_job",
		 "awscc.signer.profile_permission", AWS_CALL_ANY,
		 WHEN(IS("profile_name->platform_id", "Notation-OCI-SHA384-ECDSA")),
		 THEN(IS_NOT("action", "signer:StartSigningJob")),
		 "This action isn't supported for container image workflows.", PERMISSION_ACTION),
	AWS_SAYS("signer.lambda_no_sign_payload",
		 "awscc.signer.profile_permission", AWS_CALL_ANY,
		 WHEN(IS("profile_name->platform_id", "AWSLambda-SHA384-ECDSA")),
		 THEN(IS_NOT("action", "signer:SignPayload")),
		 "This action isn't supported for AWS Lambda workflows.", PERMISSION_ACTION),
	{ NULL },
};
