/*
 * secretsmanager/rules.c: the Secrets Manager rules its models do not carry
 * (checks/rules.h): the recovery window; and its rows (a name's characters are
 * one, NAME_CHARS); and AWS's own words (AWS_SAYS) on the awscc secret: a
 * generated string's key with its template, tag keys and their count.
 */
#include <ctype.h>
#include <string.h>

#include "provider/aws/checks/rules.h"
#include "provider/aws/checks/shared.h"
#include "provider/provider.h"

/* ---- settings that go together (a row for the whole resource) ------------ */

/* Secrets Manager DeleteSecret RecoveryWindowInDays: 7 to 30; terrace's 0
 * deletes at once (ForceDeleteWithoutRecovery). */
static int rule_secret_recovery_window(const json_t *v, const json_t *r, struct strbuf *err)
{
	double days;
	(void)r;
	if (!known_number(v, &days))
		return 0;
	if (days != 0 && (days < 7 || days > 30 || days != (double)(long long)days)) {
		strbuf_addf(err, "must be 0 (delete at once) or a whole number from 7 to 30, got %g",
			    days);
		return -1;
	}
	return 0;
}

/*
 * The Secrets Manager rows of the one table of checks (checks/row.h), in the order
 * they run: a type's rows for single values before its rows for the whole
 * resource; aws_rules_tables (checks/tables.c) lists this table.
 */
#define SECRETS "Secrets Manager API reference: CreateSecret Name"

const struct aws_check_row aws_rules_secretsmanager[] = {
	NAME_CHARS("aws.secretsmanager.secret", "name", "secret", "/_+=.@-", "prod/warehouse/etl",
		   SECRETS),
	RULE("aws.secretsmanager.secret", "value", rule_not_empty,
	     "Secrets Manager API reference: CreateSecret SecretString"),
	RULE("aws.secretsmanager.secret", "recovery_window_in_days", rule_secret_recovery_window,
	     "Secrets Manager API reference: DeleteSecret RecoveryWindowInDays"),
	/* AWS's words on the awscc type (checks/words/secretsmanager.words) */
	AWS_SAYS("secretsmanager.cfn_generate_key_needs_template", "awscc.secretsmanager.secret",
		 AWS_CALL_ANY, WHEN(SET("generate_secret_string.generate_string_key")),
		 THEN(SET("generate_secret_string.secret_string_template")),
		 "If you specify this parameter, then you must also specify SecretStringTemplate.",
		 "CloudFormation registry: AWS::SecretsManager::Secret "
		 "GenerateSecretString.GenerateStringKey"),
	AWS_SAYS("secretsmanager.cfn_tag_keys_not_aws", "awscc.secretsmanager.secret", AWS_CALL_ANY,
		 ALWAYS, THEN(EACH("tags", ALWAYS, THEN(NOT_MATCHES("key", "^aws:")))),
		 "You can't edit or delete tag names or values with this prefix.",
		 "CloudFormation registry: AWS::SecretsManager::Secret Tags"),
	AWS_SAYS("secretsmanager.cfn_tags_at_most_50", "awscc.secretsmanager.secret", AWS_CALL_ANY,
		 ALWAYS, THEN(LEN_IN("tags", 0, 50)), "Maximum number of tags per secret: 50",
		 "CloudFormation registry: AWS::SecretsManager::Secret Tags"),
	{ NULL },
};
