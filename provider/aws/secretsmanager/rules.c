/*
 * secretsmanager/rules.c: the Secrets Manager rules its models do not carry
 * (checks/rules.h): the recovery window; and its rows (a name's characters are
 * one, NAME_CHARS); and AWS's own words (AWS_SAYS) on the awscc secret: a
 * generated string's key with its template, tag keys and their count; its
 * own value or a generated one, not both; a
 * rotation's window within its schedule and its UTC day, its schedule by
 * days or by an expression, not both.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
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

/* A rotation's window (AWS::SecretsManager::RotationSchedule
 * RotationRules): "The window must not extend into the next rotation
 * window or the next UTC day." Judged where the schedule says when windows
 * open: rate(N hours) opens one every N hours; cron(M H ...) of a minute
 * and hours written as numbers (H, or H1,H2,...) opens each at H:M UTC.
 * Duration is "Nh". Another schedule (days, ranges, steps) passes. */
static int rule_secret_rotation_window(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *d = value_known_member(v, "duration");
	const char *e = value_known_member(v, "schedule_expression");
	unsigned hours, n, minute, hour[24];
	size_t k = 0;
	char unit[8], end, hours_field[64];

	(void)r;
	if (!d || !e || sscanf(d, "%uh%c", &hours, &end) != 1 || !hours)
		return 0;
	if (sscanf(e, "rate(%u %7[a-z])%c", &n, unit, &end) == 2 &&
	    (!strcmp(unit, "hours") || !strcmp(unit, "hour"))) {
		if (hours <= n)
			return 0;
		strbuf_addf(err, "a window of %u hours where one opens every %u: it must not extend "
			    "into the next rotation window (e.g. duration %uh)", hours, n, n);
		return -1;
	}
	if (sscanf(e, "cron(%u %63s", &minute, hours_field) != 2 || minute > 59)
		return 0;
	for (char *p = hours_field; k < 24;) {
		char *next;
		unsigned long h = strtoul(p, &next, 10);
		if (next == p || h > 23 || (k && h <= hour[k - 1]))
			return 0;
		hour[k++] = (unsigned)h;
		if (!*next)
			break;
		if (*next != ',')
			return 0; /* a range or a step */
		p = next + 1;
	}
	for (size_t i = 0; i < k; i++) {
		unsigned start = hour[i] * 60 + minute;
		unsigned until = i + 1 < k ? hour[i + 1] * 60 + minute : 24 * 60;
		if (start + hours * 60 > until) {
			strbuf_addf(err, "a window of %u hours opening at %02u:%02u UTC runs into %s: "
				    "it must not (e.g. a shorter duration)", hours, hour[i], minute,
				    i + 1 < k ? "the next rotation window" : "the next UTC day");
			return -1;
		}
	}
	return 0;
}

/* The awscc secret's value: its text or a generated one, not both. The
 * CloudFormation User Guide, AWS::SecretsManager::Secret: "To specify the
 * SecretString encrypted value for the secret, specify either the
 * SecretString or the GenerateSecretString property in this resource. You
 * must specify one or the other, but you can't specify both." (Leaving
 * both out is taken: the registry's SecretString says it makes an empty
 * secret.) Judged where both are surely set; either not known yet passes. */
static int rule_secret_string_or_generated(const json_t *v, const json_t *r, struct strbuf *err)
{
	(void)r;
	if (!surely_set(v, "secret_string") || !surely_set(v, "generate_secret_string"))
		return 0;
	strbuf_addstr(err, "secret_string and generate_secret_string are both set: AWS says \"You "
		      "must specify one or the other, but you can't specify both.\" (CloudFormation "
		      "User Guide: AWS::SecretsManager::Secret): leave out secret_string to "
		      "generate the value, or generate_secret_string to store your own");
	return -1;
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
	RULE("awscc.secretsmanager.secret", "", rule_secret_string_or_generated,
	     "CloudFormation User Guide: AWS::SecretsManager::Secret (SecretString, "
	     "GenerateSecretString)"),
	RULE("awscc.secretsmanager.rotation_schedule", "rotation_rules", rule_secret_rotation_window,
	     "CloudFormation registry: AWS::SecretsManager::RotationSchedule RotationRules.Duration"),
	/* What the awscc rotation schedule's handlers send (RotateSecret:
	 * sentences.py's HANDLERS_TOO). */
	AWS_SAYS("secretsmanager.rotation_days_or_schedule", "awscc.secretsmanager.rotation_schedule",
		 AWS_CALL_ANY, WHEN(SET("rotation_rules.automatically_after_days")),
		 THEN(UNSET("rotation_rules.schedule_expression")),
		 "In RotateSecret, you can set the rotation schedule in RotationRules with "
		 "AutomaticallyAfterDays or ScheduleExpression, but not both.",
		 "secretsmanager RotateSecret RotationRules.AutomaticallyAfterDays"),
	AWS_SAYS("secretsmanager.cfn_tags_at_most_50", "awscc.secretsmanager.secret", AWS_CALL_ANY,
		 ALWAYS, THEN(LEN_IN("tags", 0, 50)), "Maximum number of tags per secret: 50",
		 "CloudFormation registry: AWS::SecretsManager::Secret Tags"),
	{ NULL },
};
