/*
 * logs/rules.c: the CloudWatch Logs rule its models do not carry (rules.h):
 * a log group's retention.
 */
#include <string.h>

#include "provider/aws/rules.h"
#include "provider/aws/rules_shared.h"
#include "provider/provider.h"

/* ---- CloudWatch Logs ------------------------------------------------------ */

/* PutRetentionPolicy (CloudWatch Logs API reference): retentionInDays. */
int rule_log_retention(const json_t *v, const json_t *r, struct strbuf *err)
{
	static const int allowed[] = { 0, 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400,
				       545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653 };
	double d;
	(void)r;
	if (!known_number(v, &d))
		return 0;
	for (size_t i = 0; i < sizeof(allowed) / sizeof(allowed[0]); i++)
		if (d == allowed[i])
			return 0;
	strbuf_addf(err, "%g days is not a retention CloudWatch Logs offers: 1, 3, 5, 7, 14, 30, "
		    "60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288 "
		    "or 3653 (0: never expire) (e.g. 30)", d);
	return -1;
}
