/*
 * secretsmanager/rules.c: the Secrets Manager rules its models do not carry
 * (rules.h): secret names and the recovery window.
 */
#include <ctype.h>
#include <string.h>

#include "provider/aws/rules.h"
#include "provider/aws/rules_shared.h"
#include "provider/provider.h"

/* ---- Secrets Manager ---------------------------------------------------------- */

/* CreateSecret Name: "The secret name can contain ASCII letters, numbers,
 * and the following characters: /_+=.@-"
 * (https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_CreateSecret.html);
 * the length, 1 to 512, is the model's. */
int rule_secret_name(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *s = json_string_value(v);
	(void)r;
	if (!s)
		return 0;
	for (const char *p = s; *p; p++)
		if (!(isascii((unsigned char)*p) && isalnum((unsigned char)*p)) &&
		    !strchr("/_+=.@-", *p)) {
			if ((unsigned char)*p > 0x7F)
				strbuf_addf(err, "\"%s\" has a character outside ASCII", s);
			else
				strbuf_addf(err, "\"%s\" has '%c'", s, *p);
			strbuf_addstr(err, ": a secret name has ASCII letters, digits and / _ + = . @ - "
				      "only (e.g. \"prod/warehouse/etl\")");
			return -1;
		}
	return 0;
}

/* ---- settings that go together (a row for the whole resource) ------------ */

/* Secrets Manager DeleteSecret RecoveryWindowInDays: 7 to 30; terrace's 0
 * deletes at once (ForceDeleteWithoutRecovery). */
int rule_secret_recovery_window(const json_t *v, const json_t *r, struct strbuf *err)
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
